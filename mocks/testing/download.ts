import { tokenFor } from './api-client';

/** Downloads a file from the mock backend as `upn` (handler tests of workbook endpoints). */
export async function downloadAs(
  upn: string,
  path: string,
): Promise<{ status: number; blob: Blob; headers: Headers }> {
  const response = await fetch(`http://localhost:3000${path}`, {
    headers: { Authorization: `Bearer ${await tokenFor(upn)}` },
  });
  // A Blob of this realm (the test environment's), which the workbook reader recognises.
  const blob = new Blob([await response.arrayBuffer()], {
    type: response.headers.get('Content-Type') ?? '',
  });
  return { status: response.status, blob, headers: response.headers };
}
