import { demoAccountNames, demoAccounts, test as setup } from './kit';

// One sign-in per demo account for the whole run (playwright.config.ts: the `sessions` project,
// which every journey depends on); the journeys' workers read the saved sessions.
setup('sign in every demo account that has a role, once', async ({ sessions }) => {
  await Promise.all(
    demoAccountNames
      .filter((account) => demoAccounts[account].role !== null)
      .map((account) => sessions.get(account)),
  );
});
