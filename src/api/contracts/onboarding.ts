import * as z from 'zod/mini';

/** The three setup steps after an instance is created (domain catalog §2, §6.1). */
export const onboardingStepIdSchema = z.enum([
  'connect-directory',
  'install-sensor',
  'configure-sensor',
]);
export type OnboardingStepId = z.infer<typeof onboardingStepIdSchema>;

export const onboardingStepSchema = z.object({
  id: onboardingStepIdSchema,
  title: z.string(),
  done: z.boolean(),
  /** What the service sees now, e.g. "2 sensors installed" or what is still missing. */
  detail: z.string(),
});
export type OnboardingStep = z.infer<typeof onboardingStepSchema>;

/** GET /api/onboarding: each step ticks itself from the instance's real state. */
export const onboardingSchema = z.object({
  steps: z.array(onboardingStepSchema),
  complete: z.boolean(),
});
export type Onboarding = z.infer<typeof onboardingSchema>;
