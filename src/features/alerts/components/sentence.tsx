import type { SentencePart } from '@/api/contracts/entities';
import { EntityLink } from '@/components/domain/entity-link';
import { formatDateTime } from '@/lib/format';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/** Text as shown: an instant the service sends as ISO 8601 reads as the portal's other times. */
export const displayText = (text: string): string =>
  ISO_INSTANT.test(text.trim()) ? formatDateTime(text.trim()) : text;

/** A sentence of the service (description, evidence, a table cell): text inert, entities linked. */
export function Sentence({ parts }: { parts: readonly SentencePart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        'entity' in part ? (
          <EntityLink key={index} entity={part.entity} />
        ) : (
          <span key={index}>{displayText(part.text)}</span>
        ),
      )}
    </>
  );
}

/** The sentence as plain text (announcements, titles). */
export const sentenceText = (parts: readonly SentencePart[]): string =>
  parts.map((part) => ('entity' in part ? part.entity.name : part.text)).join('');
