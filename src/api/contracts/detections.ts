import type { DetectionPhase, ExclusionKind } from './alerts';
import type { Severity } from './vocabulary';

/**
 * The detection catalog (domain catalog §3.2, §3.3): what the service can raise, as data. Alerts,
 * the exclusions page, the CEF messages and the Summary report read it; names and IDs are the
 * catalog's (2021 names; IDs never change).
 *
 * `description` is the card's sentence with placeholders the service fills with entity links and
 * numbers: `{user}` account, `{source}` source computer, `{target}` destination computer, `{dcs}`
 * the domain controllers ("DC01", or "3 domain controllers"), `{accounts}` ("12 accounts"),
 * `{group}` group, `{member}` account added, `{domain}` DNS domain, `{count}` a number, `{ip}` an
 * IP address, `{name}` an account name that is not in the directory, `{resources}` ("4 resources").
 */
export interface Detection {
  /** Permanent external ID, e.g. "2003". */
  id: string;
  name: string;
  phase: DetectionPhase;
  severity: Severity;
  /** Primary MITRE ATT&CK tactic. */
  tactic: string;
  /** CEF Device Event Class ID (catalog §9). */
  cefClass: string;
  /** The CEF `app` value: the protocol or event source the detection reads. */
  app: string;
  /** What "Close and exclude" and the exclusions page offer, first = the alert's default target. */
  exclusionKinds: readonly ExclusionKind[];
  preview: boolean;
  learnMoreUrl: string;
  description: string;
}

const docs = 'https://learn.microsoft.com/defender-for-identity';
const pages: Record<DetectionPhase, string> = {
  Reconnaissance: 'reconnaissance-alerts',
  'Compromised credentials': 'compromised-credentials-alerts',
  'Lateral movement': 'lateral-movement-alerts',
  'Domain dominance': 'domain-dominance-alerts',
  Exfiltration: 'exfiltration-alerts',
};
const anchor = (name: string, id: string) =>
  `${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-external-id-${id}`;

const C: ExclusionKind = 'Computer';
const IP: ExclusionKind = 'IP address';
const U: ExclusionKind = 'User';
const D: ExclusionKind = 'Domain';

type Row = [
  id: string,
  name: string,
  phase: DetectionPhase,
  severity: Severity,
  tactic: string,
  cefClass: string,
  app: string,
  exclusionKinds: readonly ExclusionKind[],
  description: string,
  preview?: boolean,
];

const R: DetectionPhase = 'Reconnaissance';
const CC: DetectionPhase = 'Compromised credentials';
const LM: DetectionPhase = 'Lateral movement';
const DD: DetectionPhase = 'Domain dominance';
const EX: DetectionPhase = 'Exfiltration';

// Class names marked "*" in the catalog are inferred from the Cloud App Security IDs; where the
// catalog has none (2415, 2416, 2414, 2419) the name follows the same pattern.
// prettier-ignore
const rows: readonly Row[] = [
  ['2003', 'Account enumeration reconnaissance', R, 'Medium', 'Discovery', 'AccountEnumerationSecurityAlert', 'Kerberos', [C, IP], 'Suspicious account enumeration activity using Kerberos protocol, originating from {source}, was observed against {dcs}: {count} guess attempts, {accounts} exposed.'],
  ['2210', 'Active Directory attributes reconnaissance (LDAP)', R, 'Medium', 'Discovery', 'LdapSensitiveAttributeReconnaissanceSecurityAlert', 'Ldap', [C], '{user} on {source} queried sensitive Active Directory attributes on {dcs}.'],
  ['2007', 'Network mapping reconnaissance (DNS)', R, 'Medium', 'Discovery', 'DnsReconnaissanceSecurityAlert', 'Dns', [C, IP], '{source} sent suspicious DNS queries (zone transfer) to {dcs}.'],
  ['2038', 'Security principal reconnaissance (LDAP)', R, 'Medium', 'Discovery', 'LdapSearchReconnaissanceSecurityAlert', 'LdapSearch', [C], '{user} on {source} performed suspicious LDAP enumeration queries against {dcs}, including {group}.'],
  ['2021', 'User and Group membership reconnaissance (SAMR)', R, 'Medium', 'Discovery', 'SamrReconnaissanceSecurityAlert', 'Samr', [C], '{user} on {source} performed suspicious SAM-R queries of the group {group} on {dcs}.'],
  ['2012', 'User and IP address reconnaissance (SMB)', R, 'Medium', 'Discovery', 'EnumerateSessionsSecurityAlert', 'SrvSvc', [C], '{user} on {source} enumerated SMB sessions on {dcs}, retrieving recent IP addresses of {accounts}.'],
  ['2014', 'Honeytoken activity', CC, 'Medium', 'Credential access', 'HoneytokenActivitySecurityAlert', 'Kerberos', [], 'The honeytoken account {user} authenticated from {source} against {dcs}.'],
  ['2023', 'Suspected Brute Force attack (Kerberos, NTLM)', CC, 'Medium', 'Credential access', 'BruteForceSecurityAlert', 'Ntlm', [C, IP, U], '{count} failed authentication attempts from {source} against {accounts} on {dcs}.'],
  ['2004', 'Suspected Brute Force attack (LDAP)', CC, 'Medium', 'Credential access', 'LdapBruteForceSecurityAlert', 'Ldap', [C, IP], '{count} LDAP simple bind failures from {source} against {accounts} on {dcs}.'],
  ['2033', 'Suspected Brute Force attack (SMB)', CC, 'Medium', 'Lateral movement', 'AbnormalSmbBruteForceSecurityAlert', 'Smb', [C, IP], '{source} used a brute-force tool over SMB against {accounts} on {dcs}.'],
  ['2410', 'Suspected Kerberos SPN exposure', CC, 'High', 'Credential access', 'KerberoastingSecurityAlert', 'Kerberos', [C], '{user} on {source} requested Kerberos service tickets for {accounts} with service principal names from {dcs}.'],
  ['2411', 'Suspected Netlogon privilege elevation attempt (CVE-2020-1472 exploitation)', CC, 'High', 'Privilege escalation', 'NetlogonBypassSecurityAlert', 'Ntlm', [C], '{source} set up a suspicious Netlogon secure channel against {dcs}.'],
  ['2412', 'Suspected AS-REP Roasting attack', CC, 'High', 'Credential access', 'AsRepRoastingSecurityAlert', 'Kerberos', [C], '{source} requested Kerberos tickets without pre-authentication for {accounts} from {dcs}.'],
  ['2035', 'Suspected WannaCry ransomware attack', CC, 'Medium', 'Lateral movement', 'AbnormalSmbWannaCrySecurityAlert', 'Smb', [C, IP], '{source} used a protocol pattern typical of WannaCry ransomware against {dcs}.'],
  ['2034', 'Suspected use of Metasploit hacking framework', CC, 'Medium', 'Lateral movement', 'AbnormalSmbMetasploitSecurityAlert', 'Smb', [C, IP], '{source} used a protocol pattern typical of Metasploit against {dcs}.'],
  ['2025', 'Suspicious VPN connection', CC, 'Medium', 'Defense evasion', 'AbnormalVpnSecurityAlert', 'VpnConnection', [U], '{user} connected by VPN from {ip}, a location not seen for this account before.'],
  ['2415', 'Suspected exploitation attempt on Windows Print Spooler service', LM, 'High', 'Lateral movement', 'PrintNightmareSecurityAlert', 'Smb', [C], '{user} on {source} attempted to exploit the Print Spooler service on {dcs}.'],
  ['2036', 'Remote code execution over DNS', LM, 'Medium', 'Lateral movement', 'DnsRemoteCodeExecutionSecurityAlert', 'Dns', [C], '{source} sent DNS queries exploiting CVE-2018-8626 to {dcs}.'],
  ['2017', 'Suspected identity theft (pass-the-hash)', LM, 'High', 'Lateral movement', 'PassTheHashSecurityAlert', 'Ntlm', [C, IP], '{user}’s hash was stolen and used from {source} to access {target}.'],
  ['2018', 'Suspected identity theft (pass-the-ticket)', LM, 'High', 'Lateral movement', 'PassTheTicketSecurityAlert', 'Kerberos', [IP, C], '{user}’s Kerberos tickets were stolen from {target} to {source} and used to access {resources}.'],
  ['2039', 'Suspected NTLM authentication tampering', LM, 'Medium', 'Lateral movement', 'AbnormalNtlmSigningSecurityAlert', 'Ntlm', [C], '{source} tampered with NTLM authentication of {user} against {dcs}.'],
  ['2037', 'Suspected NTLM relay attack (Exchange account)', LM, 'Medium', 'Lateral movement', 'NtlmRelaySecurityAlert', 'Ntlm', [C], 'The credentials of {target} were relayed from {source} against {dcs}.'],
  ['2008', 'Suspected overpass-the-hash attack (encryption downgrade)', LM, 'Medium', 'Lateral movement', 'EncryptionDowngradeSecurityAlert', 'Kerberos', [C, IP], '{user} on {source} requested a Kerberos ticket with a downgraded encryption type from {dcs}.'],
  ['2002', 'Suspected overpass-the-hash attack (Kerberos)', LM, 'Medium', 'Lateral movement', 'AbnormalKerberosOverpassTheHashSecurityAlert', 'Kerberos', [IP, C], '{user} on {source} used Kerberos in a non-standard way against {dcs}.'],
  ['2047', 'Suspected rogue Kerberos certificate usage', LM, 'High', 'Lateral movement', 'RogueCertificateUsageSecurityAlert', 'Kerberos', [C], '{user} on {source} signed in with a certificate from a compromised certificate authority against {dcs}.'],
  ['2406', 'Suspected SMB packet manipulation (CVE-2020-0796 exploitation)', LM, 'High', 'Lateral movement', 'SmbGhostSecurityAlert', 'Smb', [C], '{source} sent SMBv3 packets exploiting CVE-2020-0796 to {dcs}.', true],
  ['2416', 'Suspicious network connection over Encrypting File System Remote Protocol', LM, 'High', 'Lateral movement', 'EfsRpcSecurityAlert', 'Smb', [C], '{source} made a suspicious EFS-RPC call to {dcs}.'],
  ['2414', 'Exchange Server Remote Code Execution (CVE-2021-26855)', LM, 'High', 'Lateral movement', 'ExchangeServerRemoteCodeExecutionSecurityAlert', 'Ldap', [C], '{user} on {source} changed the external host name of {target}.'],
  ['2020', 'Malicious request of Data Protection API master key', DD, 'High', 'Credential access', 'RetrieveDataProtectionBackupKeySecurityAlert', 'LsaRpc', [C], '{user} on {source} retrieved the DPAPI domain backup key from {dcs} ({count} attempts).'],
  ['2019', 'Remote code execution attempt', DD, 'Medium', 'Execution', 'RemoteExecutionSecurityAlert', 'Smb', [C, U], '{user} on {source} attempted to run {count} remote commands on {dcs}.'],
  ['2028', 'Suspected DCShadow attack (domain controller promotion)', DD, 'High', 'Defense evasion', 'DirectoryServicesRoguePromotionSecurityAlert', 'Replication Activity', [C], '{source} registered itself as a domain controller with {dcs}.'],
  ['2029', 'Suspected DCShadow attack (domain controller replication request)', DD, 'High', 'Defense evasion', 'DirectoryServicesRogueReplicationSecurityAlert', 'Replication Activity', [C], '{source} sent a replication request with changes to {dcs}.'],
  ['2006', 'Suspected DCSync attack (replication of directory services)', DD, 'High', 'Credential access', 'DirectoryServicesReplicationSecurityAlert', 'Drsr', [C], '{user} on {source} sent {count} replication requests to {dcs}.'],
  ['2009', 'Suspected Golden Ticket usage (encryption downgrade)', DD, 'Medium', 'Persistence', 'GoldenTicketEncryptionDowngradeSecurityAlert', 'Kerberos', [C, IP], '{source} used a ticket-granting ticket with a downgraded encryption type to access {resources}.'],
  ['2013', 'Suspected Golden Ticket usage (forged authorization data)', DD, 'High', 'Credential access', 'ForgedPacSecurityAlert', 'Kerberos', [C, IP], '{user} on {source} used a ticket with forged authorization data against {dcs}.'],
  ['2027', 'Suspected Golden Ticket usage (nonexistent account)', DD, 'High', 'Persistence', 'ForgedPrincipalSecurityAlert', 'Kerberos', [C], 'A Kerberos ticket for the nonexistent account {name} was used from {source} to access {resources}.'],
  ['2032', 'Suspected Golden Ticket usage (ticket anomaly)', DD, 'High', 'Persistence', 'GoldenTicketSizeAnomalySecurityAlert', 'Kerberos', [C], '{user} on {source} used a forged ticket-granting ticket to access {resources}.'],
  ['2040', 'Suspected Golden Ticket usage (ticket anomaly using RBCD)', DD, 'High', 'Persistence', 'ResourceBasedConstrainedDelegationGoldenTicketSecurityAlert', 'Kerberos', [C], '{user} on {source} used a golden ticket built with resource-based constrained delegation.'],
  ['2022', 'Suspected Golden Ticket usage (time anomaly)', DD, 'High', 'Persistence', 'GoldenTicketSecurityAlert', 'Kerberos', [C], '{user} on {source} used a ticket beyond its maximum lifetime to access {resources}.'],
  ['2010', 'Suspected skeleton key attack (encryption downgrade)', DD, 'Medium', 'Persistence', 'EncryptionDowngradeSecurityAlert', 'Kerberos', [C, IP], '{dcs} downgraded Kerberos encryption for requests from {source}.'],
  ['2024', 'Suspicious additions to sensitive groups', DD, 'Medium', 'Persistence', 'AbnormalSensitiveGroupMembershipChangeSecurityAlert', 'GroupMembershipChangeEvent', [U], '{user} added {member} to the sensitive group {group}.'],
  ['2026', 'Suspicious service creation', DD, 'Medium', 'Execution', 'MaliciousServiceCreationSecurityAlert', 'ServiceInstalledEvent', [C], '{user} created a suspicious service on {target}.'],
  ['2030', 'Data exfiltration over SMB', EX, 'High', 'Exfiltration', 'SmbDataExfiltrationSecurityAlert', 'Smb', [C], '{user} copied sensitive files from {dcs} to {source}.'],
  ['2031', 'Suspicious communication over DNS', EX, 'Medium', 'Exfiltration', 'DnsSuspiciousCommunicationSecurityAlert', 'Dns', [D], '{source} made suspicious DNS queries for {domain}.'],
  ['2419', 'Suspicious modification of a sAMNameAccount attribute (CVE-2021-42278 and CVE-2021-42287 exploitation)', CC, 'High', 'Credential access', 'SamNameImpersonationSecurityAlert', 'Kerberos', [C], '{user} on {source} renamed a computer account to impersonate {dcs}.'],
  ['2413', 'Suspected AD FS DKM key read', CC, 'High', 'Credential access', 'AdfsDistributedKeyManagerReadSecurityAlert', 'Ldap', [C], '{user} on {source} read the AD FS DKM key from {dcs}.', true],
];

export const detections: readonly Detection[] = rows.map(
  ([id, name, phase, severity, tactic, cefClass, app, exclusionKinds, description, preview]) => ({
    id,
    name,
    phase,
    severity,
    tactic,
    cefClass,
    app,
    exclusionKinds,
    preview: preview ?? false,
    learnMoreUrl: `${docs}/${pages[phase]}#${anchor(name, id)}`,
    description,
  }),
);

const byId = new Map(detections.map((d) => [d.id, d]));

/** The detection with this external ID, or undefined. */
export function detectionById(id: string): Detection | undefined {
  return byId.get(id);
}

/** The placeholders a description uses, in order. */
export function descriptionSlots(description: string): string[] {
  return [...description.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}
