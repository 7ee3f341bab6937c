import { useMutation } from '@tanstack/react-query';
import { syslogTestResultSchema, type SyslogTestRequest } from '@/api/contracts/syslog';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';

/** "Send test message": sends a sample alert with the settings as edited, saved or not. */
export function useSendTestMessage() {
  return useMutation({
    mutationFn: (settings: SyslogTestRequest) =>
      http.send('POST', endpoints.syslogTest, settings, syslogTestResultSchema),
  });
}
