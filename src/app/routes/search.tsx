import { SearchResultsPage } from '@/features/entities/components/search-results-page';

/** Search results for the header's search box (`/search?q=&filter=`). */
export function Component() {
  return <SearchResultsPage />;
}
