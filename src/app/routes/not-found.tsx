import { Link, Text } from '@fluentui/react-components';
import { CenteredCard } from '@/components/layout/centered-card';
import { paths } from '@/config/paths';

export function Component() {
  return (
    <CenteredCard title="Page not found">
      <Text>The page you asked for doesn’t exist or has moved.</Text>
      <Link href={paths.signedOut}>Go to the start page</Link>
    </CenteredCard>
  );
}
