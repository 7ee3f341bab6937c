import { describe, expect, it } from 'vitest';
import { previewLine } from './cef';

const sensors = [
  { id: 's1', name: 'DC01', fqdn: 'dc01.contoso.com' },
  { id: 's2', name: 'DC02', fqdn: 'dc02.contoso.com' },
];
const asOf = '2026-11-20T09:00:00.000Z';

describe('previewLine', () => {
  it('is empty until a known sensor is chosen', () => {
    expect(
      previewLine(
        { sensorId: null, format: 'RFC 5424' },
        sensors,
        'https://contoso.vigil.example',
        asOf,
      ),
    ).toBeNull();
    expect(
      previewLine(
        { sensorId: 'gone', format: 'RFC 5424' },
        sensors,
        'https://contoso.vigil.example',
        asOf,
      ),
    ).toBeNull();
  });

  it('frames the sample alert from the chosen sensor in the chosen format', () => {
    const rfc5424 = previewLine(
      { sensorId: 's2', format: 'RFC 5424' },
      sensors,
      'https://contoso.vigil.example',
      asOf,
    );
    expect(rfc5424).toMatch(
      /^<36>1 2026-11-20T09:00:00\.000000\+00:00 dc02\.contoso\.com CEF \d+ DnsReconnaissanceSecurityAlert - CEF:0\|Vigil\|Vigil\|2\.130\.8934\|/,
    );
    expect(rfc5424).toContain('msg=CLIENT1 sent suspicious DNS queries to DC02.');
    const rfc3164 = previewLine(
      { sensorId: 's2', format: 'RFC 3164' },
      sensors,
      'https://contoso.vigil.example',
      asOf,
    );
    expect(rfc3164).toMatch(/^<36>Nov 20 09:00:00 DC02 CEF:0\|/);
    expect(rfc3164).toContain('cs1=https://contoso.vigil.example/securityAlert/');
  });
});
