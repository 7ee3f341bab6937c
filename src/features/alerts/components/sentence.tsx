import type { SentencePart } from '@/api/contracts/entities';
import { EntityLink } from '@/components/domain/entity-link';

/** A sentence of the service (description, evidence, a table cell): text inert, entities linked. */
export function Sentence({ parts }: { parts: readonly SentencePart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        'entity' in part ? (
          <EntityLink key={index} entity={part.entity} />
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** The sentence as plain text (announcements, titles). */
export const sentenceText = (parts: readonly SentencePart[]): string =>
  parts.map((part) => ('entity' in part ? part.entity.name : part.text)).join('');
