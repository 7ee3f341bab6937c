import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useHref } from 'react-router';
import type { AlertStatusAction, AlertSummary } from '@/api/contracts/alerts';
import { describeError } from '@/components/errors/describe-error';
import { paths } from '@/config/paths';
import { usePermissions } from '@/lib/auth/use-permissions';
import { useChangeAlertStatus } from '../api/use-change-alert-status';
import { useDeleteAlert, useDeleteAlertsOfType } from '../api/use-delete-alert';
import { useDownloadAlert } from '../api/use-download-alert';
import { actionApplies, actionDone, notApplicable, viewerReason } from '../utils/alert-actions';
import { ActionMessage, type ActionNotice } from './action-message';

// Delete opens on a click (Administrators only): its dialog loads then.
const DeleteAlertDialog = lazy(() => import('./delete-alert-dialog'));

const NOTICE_MS = 8_000;
let nextNotice = 0;

/** Undo is offered where it is one cheap call: Reopen after Close or Suppress. */
const undoable: ReadonlySet<AlertStatusAction> = new Set(['Close', 'Suppress']);

/**
 * Every action of an alert's ⋮ menu (and the timeline's keys): status changes, delete (then all
 * of its type), download details, share. Returns the handlers, what the role may do, and the
 * dialogs and the message to render.
 */
export function useAlertActions(options: { onDeleted?: (alert: AlertSummary) => void } = {}) {
  const { can } = usePermissions();
  const canChangeStatus = can('alerts.changeStatus');
  const canDelete = can('alerts.delete');
  const status = useChangeAlertStatus();
  const mutateStatus = status.mutate;
  const removeOne = useDeleteAlert();
  const removeType = useDeleteAlertsOfType();
  const resetOne = removeOne.reset;
  const resetType = removeType.reset;
  const { mutate: mutateDownload } = useDownloadAlert();
  const [notice, setNotice] = useState<ActionNotice | null>(null);
  const [deleting, setDeleting] = useState<AlertSummary | null>(null);
  const alertsHref = useHref(paths.alerts);
  const onDeleted = useRef(options.onDeleted);
  useEffect(() => {
    onDeleted.current = options.onDeleted;
  });

  const say = useCallback((text: string, undo?: () => void) => {
    setNotice({ id: ++nextNotice, text, undo });
  }, []);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), notice.undo ? NOTICE_MS * 2 : NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const changeStatus = useCallback(
    (alert: AlertSummary, action: AlertStatusAction) => {
      if (!canChangeStatus) return say(viewerReason);
      if (!actionApplies(action, alert)) return say(notApplicable(action, alert));
      mutateStatus(
        { id: alert.id, action },
        {
          onSuccess: (changed) =>
            say(
              actionDone(action, changed),
              undoable.has(action)
                ? () => {
                    setNotice(null);
                    mutateStatus(
                      { id: alert.id, action: 'Reopen' },
                      { onSuccess: (reopened) => say(actionDone('Reopen', reopened)) },
                    );
                  }
                : undefined,
            ),
          onError: (error) =>
            say(`The alert’s status wasn’t changed. ${describeError(error).detail}`),
        },
      );
    },
    [canChangeStatus, say, mutateStatus],
  );

  const share = useCallback(
    async (alert: AlertSummary) => {
      const base = alertsHref.replace(/\/alerts$/, '');
      const url = `${window.location.origin}${base}${paths.alert(alert.id)}`;
      try {
        await navigator.clipboard.writeText(url);
        say('Link to the alert copied to the clipboard');
      } catch {
        say(`Couldn’t copy: your browser blocked the clipboard. The link is ${url}`);
      }
    },
    [alertsHref, say],
  );

  const downloadDetails = useCallback(
    (alert: AlertSummary) => {
      say(`Preparing the details of ${alert.title}…`);
      mutateDownload(alert.id, {
        onSuccess: (name) => say(`Downloaded ${name}`),
        onError: (error) => say(`The download failed. ${describeError(error).detail}`),
      });
    },
    [mutateDownload, say],
  );

  const ui = (
    <>
      {deleting ? (
        <Suspense fallback={null}>
          <DeleteAlertDialog
            alert={deleting}
            deleteOne={removeOne}
            deleteType={removeType}
            onDeleted={(alert) => {
              say(`Alert deleted: ${alert.title}`);
              onDeleted.current?.(alert);
            }}
            onDeletedType={(alert, deleted) =>
              say(
                `Deleted ${deleted} more ${deleted === 1 ? 'alert' : 'alerts'} of type ${alert.title}`,
              )
            }
            onClose={() => setDeleting(null)}
          />
        </Suspense>
      ) : null}
      <ActionMessage notice={notice} onDismiss={() => setNotice(null)} />
    </>
  );

  const remove = useCallback(
    (alert: AlertSummary) => {
      resetOne();
      resetType();
      setDeleting(alert);
    },
    [resetOne, resetType],
  );

  const pending = status.isPending;
  const handlers = useMemo(
    () => ({
      canChangeStatus,
      canDelete,
      pending,
      changeStatus,
      remove,
      share,
      downloadDetails,
      say,
    }),
    [canChangeStatus, canDelete, pending, changeStatus, remove, share, downloadDetails, say],
  );
  return { handlers, ui };
}

export type AlertActions = ReturnType<typeof useAlertActions>['handlers'];
