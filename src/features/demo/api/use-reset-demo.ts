import { useMutation } from '@tanstack/react-query';
import { demoStateSchema } from '@/api/contracts/demo';
import type { ScenarioName } from '@/api/contracts/vocabulary';
import { endpoints } from '@/api/endpoints';
import { http } from '@/api/http';

/** Restarts the demo in a scenario; the page reloads so every view starts from the new data. */
export function useResetDemo() {
  return useMutation({
    mutationFn: (scenario: ScenarioName) =>
      http.send('POST', endpoints.demo.reset, { scenario }, demoStateSchema),
    onSuccess: () => window.location.reload(),
  });
}
