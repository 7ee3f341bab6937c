/**
 * What each health issue means and how to fix it (domain catalog §5.2), in our own words. Keyed
 * by the issue's title as the service sends it.
 */
export interface HealthIssueGuide {
  meaning: string;
  fix: string[];
}

export const healthCatalog: Record<string, HealthIssueGuide> = {
  'Sensor stopped communicating': {
    meaning:
      'The service has heard nothing from this sensor for at least 5 minutes, so the traffic and events of its domain controller are not being analyzed.',
    fix: [
      'Check that the server is running and the sensor service (AATPSensor) is started.',
      'Make sure the server can reach the service over HTTPS (port 443), through any proxy or firewall.',
      'If the server was decommissioned, uninstall the sensor and delete it from the Sensors page.',
    ],
  },
  'Sensor service failed to start': {
    meaning:
      'The sensor service has not started for at least 30 minutes. Nothing from this server is analyzed until it does.',
    fix: [
      'Read the sensor’s error log (Microsoft.Tri.Sensor-Errors.log) on the server.',
      'Check the packet capture driver (Npcap) is installed, then start the service again.',
    ],
  },
  'Sensor outdated': {
    meaning:
      'The sensor runs a version three or more releases behind; soon it will no longer be able to talk to the service.',
    fix: [
      'Check the server can reach the service so that the sensor updater can download the new version.',
      'If it still doesn’t update, reinstall the sensor with the latest setup package.',
    ],
  },
  'Sensor reached a memory resource limit': {
    meaning:
      'The sensor stopped itself to protect a domain controller that was low on memory; monitoring is partial while it restarts.',
    fix: ['Add memory to the domain controller, or spread the load over more domain controllers.'],
  },
  'Some network traffic could not be analyzed': {
    meaning: 'The sensor receives more traffic than it can process, so some activity goes unseen.',
    fix: [
      'Give the server more CPU and memory.',
      'On VMware, turn off Large Send Offload (LSO/TSO) on the virtual network adapter.',
    ],
  },
  'Some Windows events are not being analyzed': {
    meaning:
      'The sensor gets more Windows events than it can process; some detections may be missed.',
    fix: ['Forward only the events the sensor needs, or add capacity to the server.'],
  },
  'Some ETW events are not being analyzed': {
    meaning: 'The sensor gets more ETW events than it can process.',
    fix: ['Size the server with the sizing tool and add capacity where needed.'],
  },
  'Low success rate of active name resolution': {
    meaning:
      'Most attempts to resolve IP addresses to computer names fail, so activities are tied to the wrong or no computer.',
    fix: [
      'Allow inbound TCP 135 and UDP 137 from the sensors to the computers of your network.',
      'Set up reverse DNS lookup zones for your subnets.',
    ],
  },
  'No traffic received from domain controller': {
    meaning:
      'No traffic from this domain controller reaches the sensor; port mirroring is probably broken.',
    fix: [
      'Check the port mirroring configuration of the switch or virtual switch.',
      'Turn off Receive Segment Coalescing (IPv4 and IPv6) on the capture network adapter.',
    ],
  },
  'All domain controllers are unreachable by a sensor': {
    meaning:
      'The sensor can’t open an LDAP connection to any domain controller it is configured with, so it is offline.',
    fix: [
      'Bring the domain controllers up and allow LDAP from the sensor.',
      'Check a directory services account is set for every forest.',
    ],
  },
  'Some domain controllers are unreachable by a sensor': {
    meaning:
      'LDAP fails to some of the sensor’s domain controllers; some detections become less accurate.',
    fix: ['Check those domain controllers are running and reachable over LDAP.'],
  },
  'Some capture network adapters on a sensor are not available': {
    meaning: 'Capture network adapters selected for the sensor are disabled or disconnected.',
    fix: [
      'Enable or reconnect the adapters, or change the selection in the sensor’s configuration.',
    ],
  },
  'Directory services user credentials are incorrect': {
    meaning:
      'The service can’t sign in to Active Directory with the directory services account you entered.',
    fix: ['Correct the user name, password or domain in Configuration → Directory services.'],
  },
  'Read-only user password to expire shortly': {
    meaning:
      'The directory services account’s password expires in less than 30 days; sensors stop working when it does.',
    fix: ['Change the password in Active Directory, then enter the new one in Directory services.'],
  },
  'Read-only user password expired': {
    meaning:
      'The directory services account’s password has expired: sensors can no longer query the directory.',
    fix: ['Change the password in Active Directory, then enter the new one in Directory services.'],
  },
};

const fallback: HealthIssueGuide = {
  meaning: 'The service detected a condition that keeps it from monitoring your environment fully.',
  fix: [
    'Check the sensor named in the issue and its logs, then close the issue once it is resolved.',
  ],
};

/** The guide for a health issue title; a general one for titles the catalog doesn't know. */
export function healthGuide(title: string): HealthIssueGuide {
  return healthCatalog[title] ?? fallback;
}
