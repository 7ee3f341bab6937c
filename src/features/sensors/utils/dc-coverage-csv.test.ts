import { describe, expect, it } from 'vitest';
import type { DomainController } from '@/api/contracts/domain-controllers';
import { coverageCsv, coverageSummary, csvField } from './dc-coverage-csv';

const dc = (over: Partial<DomainController> = {}): DomainController => ({
  fqdn: 'dc01.contoso.com',
  name: 'DC01',
  domain: 'contoso.com',
  isGlobalCatalog: true,
  isReadOnly: false,
  operatingSystem: 'Windows Server 2022',
  monitored: true,
  sensorId: 's1',
  ...over,
});

describe('coverage CSV', () => {
  it('escapes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('')).toBe('');
  });

  it('writes a header and one row per domain controller with CRLF line ends', () => {
    const csv = coverageCsv([
      dc(),
      dc({
        fqdn: 'dc03.contoso.com',
        monitored: false,
        sensorId: null,
        isGlobalCatalog: false,
        isReadOnly: true,
        operatingSystem: 'Windows Server 2016, "Core"',
      }),
    ]);
    expect(csv.split('\r\n')).toEqual([
      'Hostname,Domain name,Monitored,Sensor type,Operating system version,Global catalog,Read-only',
      'dc01.contoso.com,contoso.com,Yes,Sensor,Windows Server 2022,Yes,No',
      'dc03.contoso.com,contoso.com,No,,"Windows Server 2016, ""Core""",No,Yes',
      '',
    ]);
  });

  it('summarises coverage in words', () => {
    expect(coverageSummary({ total: 9, monitored: 9, unmonitored: 0 })).toBe(
      'All 9 detected domain controllers have sensors',
    );
    expect(coverageSummary({ total: 9, monitored: 6, unmonitored: 3 })).toBe(
      '6 of 9 domain controllers are monitored; 3 aren’t',
    );
    expect(coverageSummary({ total: 9, monitored: 8, unmonitored: 1 })).toBe(
      '8 of 9 domain controllers are monitored; 1 isn’t',
    );
    expect(coverageSummary({ total: 0, monitored: 0, unmonitored: 0 })).toBe(
      'No domain controllers detected yet',
    );
  });
});
