import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  DocumentTableRegular,
  MailRegular,
  ServerRegular,
} from '@fluentui/react-icons';
import { useMutation } from '@tanstack/react-query';
import type { OutboxMessage } from '@/api/contracts/outbox';
import { http } from '@/api/http';
import { ErrorState } from '@/components/errors/error-state';
import { formatDateTime } from '@/lib/format';

const useStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: 'top',
    overflowWrap: 'anywhere',
  },
  head: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  time: { width: '200px' },
  channel: { width: '100px' },
  kind: { width: '160px' },
  to: { width: '220px' },
  attachment: { width: '220px' },
  channelName: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  subject: { fontWeight: tokens.fontWeightSemibold },
  cef: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  body: { color: tokens.colorNeutralForeground2, whiteSpace: 'pre-line', display: 'block' },
  none: { color: tokens.colorNeutralForeground3 },
});

function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

function Attachment({ attachment }: { attachment: NonNullable<OutboxMessage['attachment']> }) {
  const download = useMutation({
    mutationFn: async () => {
      const file = await http.download(attachment.href);
      saveFile(file.blob, file.fileName ?? attachment.fileName);
    },
  });
  return (
    <>
      <Button
        appearance="subtle"
        size="small"
        icon={download.isPending ? <ArrowDownloadRegular /> : <DocumentTableRegular />}
        aria-label={`Download ${attachment.fileName}`}
        disabled={download.isPending}
        onClick={() => download.mutate()}
      >
        {attachment.fileName}
      </Button>
      {download.isError ? <ErrorState error={download.error} title="The download failed" /> : null}
    </>
  );
}

/** Everything sent, newest first: when, how, to whom, and what (the CEF line for Syslog). */
export function OutboxTable({ items, caption }: { items: OutboxMessage[]; caption: string }) {
  const styles = useStyles();
  const head = (extra?: string) => mergeClasses(styles.cell, styles.head, extra);
  return (
    <table className={styles.table} aria-label={caption}>
      <thead>
        <tr>
          <th scope="col" className={head(styles.time)}>
            Sent (UTC)
          </th>
          <th scope="col" className={head(styles.channel)}>
            Channel
          </th>
          <th scope="col" className={head(styles.kind)}>
            What
          </th>
          <th scope="col" className={head(styles.to)}>
            To
          </th>
          <th scope="col" className={head()}>
            Subject or message
          </th>
          <th scope="col" className={head(styles.attachment)}>
            Attachment
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((m) => (
          <tr key={m.id}>
            <td className={styles.cell}>{formatDateTime(m.at)}</td>
            <td className={styles.cell}>
              <span className={styles.channelName}>
                {m.channel === 'Email' ? (
                  <MailRegular aria-hidden />
                ) : (
                  <ServerRegular aria-hidden />
                )}
                {m.channel}
              </span>
            </td>
            <td className={styles.cell}>{m.kind}</td>
            <td className={styles.cell}>
              {m.channel === 'Email' ? m.recipients.join(', ') : m.server}
            </td>
            <td className={styles.cell}>
              {m.channel === 'Email' ? (
                <>
                  <Text className={styles.subject}>{m.subject}</Text>
                  <Text size={200} className={styles.body}>
                    {m.body}
                  </Text>
                </>
              ) : (
                <code className={styles.cef}>{m.subject}</code>
              )}
            </td>
            <td className={styles.cell}>
              {m.attachment ? (
                <Attachment attachment={m.attachment} />
              ) : (
                <span className={styles.none}>None</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
