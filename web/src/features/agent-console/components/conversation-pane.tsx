import { useState, type ReactNode, type Ref } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ArrowRightLeft, Bot, CheckCircle2, PanelRightOpen, TicketPlus, UserPlus } from 'lucide-react';
import { Badge, statusTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { IconButton } from '@/components/ui/icon-button';
import { toast } from '@/components/ui/toast';
import { describeError, isApiError } from '@/lib/api/errors';
import { addNote, closeConversation, convertToTicket, handBack, type Conversation } from '../api/conversations';
import { pickConversation, transferConversation } from '../api/desk';
import { useConversation } from '../hooks/use-conversation';
import { useViewers } from '../hooks/use-viewers';
import { customerOf } from '../model/inbox';
import { drafts } from '../model/storage';
import { ResolveDialog, TicketDialog, TransferDialog, type DialogKind } from './action-dialogs';
import { CannedManager } from './canned-manager';
import { CollisionNotice } from './collision-notice';
import { Composer } from './composer';
import { CustomerRating } from './customer-rating';
import { LabelBar } from './label-bar';
import { CustomerPanel } from './customer-panel';
import { HandoverSummary } from './handover-summary';
import { LanguageBadge } from './language-badge';
import { Thread } from './thread';

export interface ConversationPaneProps {
  chatId: string;
  agentId: string;
  teams: string[];
  dialog: DialogKind;
  onDialog: (kind: DialogKind) => void;
  composerRef: Ref<HTMLTextAreaElement>;
  onClosed: (c: Conversation) => void;
  panelOpen: boolean;
  onPanel: (open: boolean) => void;
  /** Tools another feature adds for the assigned agent (co-browsing), composed by the route. */
  agentTools?: (chatId: string) => ReactNode;
}

/** The middle and right panes for one conversation: header with actions, handover summary, thread, composer, customer. */
export function ConversationPane({ chatId, agentId, teams, dialog, onDialog, composerRef, onClosed, panelOpen, onPanel, agentTools }: ConversationPaneProps) {
  const { t } = useTranslation('agent');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const chat = useConversation(chatId, agentId);
  const viewers = useViewers('conversation', chatId, agentId);
  const [cannedOpen, setCannedOpen] = useState(false);
  const c = chat.session.data;
  const mine = c?.status === 'ASSIGNED' && c.assignedAgentId === agentId;
  const afterChange = () => {
    void queryClient.invalidateQueries({ queryKey: ['agent'] });
  };
  const fail = (title: string) => (e: unknown) => toast({ tone: 'danger', title, description: describeError(e) });

  const pick = useMutation({ mutationFn: () => pickConversation(chatId), onSuccess: afterChange, onError: fail(t('workspace.pickFailed')) });
  const back = useMutation({ mutationFn: () => handBack(chatId), onSuccess: afterChange, onError: fail(t('workspace.handBackFailed')) });

  if (chat.session.isPending) {
    return <section aria-busy className="flex min-w-0 flex-1 flex-col bg-bg"><div className="h-14 border-b border-border bg-surface" /><Thread messages={[]} pending={[]} agentId={agentId} readUpTo={0} loading customerTyping={null} onRetry={() => {}} onDiscard={() => {}} /></section>;
  }
  if (chat.session.isError || !c) {
    const notFound = isApiError(chat.session.error) && (chat.session.error.status === 404 || chat.session.error.status === 403);
    return (
      <section className="flex flex-1 items-center justify-center">
        <ErrorState
          title={notFound ? t('workspace.notFound') : t('workspace.error')}
          description={describeError(chat.session.error)}
          retryLabel={t('actions.retry')}
          onRetry={notFound ? undefined : chat.refetch}
        />
      </section>
    );
  }

  const customer = customerOf(c);
  const resolve = async (reason: string, detail: string) => {
    const line = [t(`resolve.reasons.${reason as 'answered'}`), detail.trim()].filter(Boolean).join(' — ');
    // The reason is for the team's records, not the customer: a private note, stored before the close.
    if (line) await addNote(chatId, t('resolve.closingLine', { reason: line }));
    const closed = await closeConversation(chatId);
    drafts.set(chatId, '');
    onClosed({ ...c, ...closed });
    afterChange();
    toast({ tone: 'success', title: t('resolve.done') });
  };
  const transfer = async ({ name, ...target }: { toTeam?: string; toAgentId?: string; name: string }, note: string) => {
    // The note goes in the thread as a private note, written while the chat is still ours, where the
    // next person reads the rest; the bot's handover stays pinned above it instead of being replaced.
    if (note.trim()) await addNote(chatId, t('transfer.noteLine', { to: name, note: note.trim() }));
    await transferConversation(chatId, target);
    afterChange();
    toast({ tone: 'success', title: t('transfer.done') });
    navigate('/agent/inbox');
  };
  const toTicket = async (request: Parameters<typeof convertToTicket>[1]) => {
    const ticket = await convertToTicket(chatId, request);
    toast({ tone: 'success', title: t('toTicket.done', { number: ticket.number ?? ticket.id }) });
    void queryClient.invalidateQueries({ queryKey: ['agent', 'tickets'] });
  };

  const composerDisabledReason =
    c.status === 'CLOSED' ? t('workspace.closedNote') : c.status === 'BOT' ? t('workspace.botNote') : c.status === 'QUEUED' ? t('workspace.queuedNote') : !mine ? t('workspace.othersNote') : undefined;

  return (
    <>
      <section aria-label={t('workspace.label', { name: customer.name })} className="flex min-w-0 flex-1 flex-col bg-bg">
        <header className="flex min-h-14 flex-wrap items-center gap-2 border-b border-border bg-surface px-4 py-2">
          <div className="min-w-0 flex-1">
            {/* A long name is cut, not the badges after it (the whole title used to be cut at 1280 px);
                with the co-browse button in the header there was no room for the status either, and the
                buttons covered it ("Assigne"): the badges now go under the name when they do not fit. */}
            <h1 className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 font-semibold">
              <span className="min-w-0 truncate" title={customer.name}>
                {customer.name}
              </span>
              <Badge tone={statusTone(c.status)} className="shrink-0">
                {t(`status.${c.status as 'BOT'}`, { defaultValue: c.status })}
              </Badge>
              {c.team && <Badge className="shrink-0">{c.team}</Badge>}
            </h1>
            <p className="truncate text-xs text-fg-muted">{c.topic ?? (c.context as { screen?: string } | undefined)?.screen ?? c.id}</p>
            <div className="mt-1 flex flex-wrap items-center gap-2">
              {/* Beside the labels, not in the title: a long name already squeezes the status badge there. */}
              <LanguageBadge language={c.language} />
              <LabelBar chatId={chatId} labels={c.labels ?? []} />
            </div>
          </div>
          {c.status === 'QUEUED' && (
            <Button size="sm" icon={<UserPlus aria-hidden className="size-4" />} loading={pick.isPending} onClick={() => pick.mutate()}>
              {t('inbox.pick')}
            </Button>
          )}
          {mine && (
            <>
              <Button size="sm" variant="secondary" icon={<ArrowRightLeft aria-hidden className="size-4" />} onClick={() => onDialog('transfer')} aria-keyshortcuts="t" title={t('workspace.transfer')} aria-label={t('workspace.transfer')}>
                <span className="hidden 2xl:inline">{t('workspace.transfer')}</span>
              </Button>
              <Button size="sm" variant="secondary" icon={<Bot aria-hidden className="size-4" />} loading={back.isPending} onClick={() => back.mutate()} title={t('workspace.handBack')} aria-label={t('workspace.handBack')}>
                <span className="hidden 2xl:inline">{t('workspace.handBack')}</span>
              </Button>
            </>
          )}
          {c.status !== 'CLOSED' && (
            <Button size="sm" variant="secondary" icon={<TicketPlus aria-hidden className="size-4" />} onClick={() => onDialog('ticket')} title={t('workspace.toTicket')} aria-label={t('workspace.toTicket')}>
              <span className="hidden 2xl:inline">{t('workspace.toTicket')}</span>
            </Button>
          )}
          {mine && (
            <Button size="sm" icon={<CheckCircle2 aria-hidden className="size-4" />} onClick={() => onDialog('resolve')} aria-keyshortcuts="e">
              {t('workspace.resolve')}
            </Button>
          )}
          {mine && agentTools?.(chatId)}
          {!panelOpen && <IconButton size="sm" label={t('customer.expand')} icon={<PanelRightOpen className="size-4" />} onClick={() => onPanel(true)} />}
        </header>
        <CollisionNotice viewers={viewers.viewers} />
        <HandoverSummary note={c.handoverNote} handover={c.handover} />
        {chat.history.isError ? (
          <ErrorState title={t('workspace.historyError')} description={describeError(chat.history.error)} retryLabel={t('actions.retry')} onRetry={chat.refetch} />
        ) : (
          <Thread
            messages={chat.messages}
            notes={chat.notes}
            pending={chat.pending}
            agentId={agentId}
            readUpTo={chat.readUpTo}
            loading={chat.history.isPending}
            customerTyping={chat.customerTyping}
            onRetry={chat.retry}
            onDiscard={chat.discard}
          />
        )}
        {mine ? (
          <Composer
            key={chatId}
            ref={composerRef}
            chatId={chatId}
            disabled={false}
            onSend={chat.send}
            onNote={chat.note}
            onTyping={(on, mode) => {
              // A note is for staff: the customer is never told "typing" for one; colleagues are.
              if (mode === 'reply') chat.typing(on);
              viewers.typing(on);
            }}
            onManageCanned={() => setCannedOpen(true)}
          />
        ) : (
          <>
            {/* Read only (the bot's, queued, another agent's or closed): no reply box to type into by mistake. */}
            <p role="status" className="flex items-center gap-3 border-t border-border bg-surface px-4 py-3 text-fg-muted">
              <span className="flex-1">{composerDisabledReason}</span>
              {c.status === 'CLOSED' && <CustomerRating kind="chat" id={chatId} />}
              {c.status === 'QUEUED' && (
                <Button size="sm" loading={pick.isPending} onClick={() => pick.mutate()}>
                  {t('inbox.pick')}
                </Button>
              )}
            </p>
            {/* A colleague (a supervisor stepping in, say) may still leave the team a note. */}
            {c.status !== 'CLOSED' && (
              <Composer
                key={`${chatId}-notes`}
                chatId={chatId}
                disabled={false}
                notesOnly
                onNote={chat.note}
                onTyping={(on) => viewers.typing(on)}
              />
            )}
          </>
        )}
      </section>
      {panelOpen && <CustomerPanel conversation={c} onCollapse={() => onPanel(false)} />}
      {mine && <TransferDialog open={dialog === 'transfer'} onOpenChange={(o) => onDialog(o ? 'transfer' : null)} teams={teams} onTransfer={transfer} />}
      <CannedManager open={cannedOpen} onOpenChange={setCannedOpen} teams={teams} />
      {mine && <ResolveDialog open={dialog === 'resolve'} onOpenChange={(o) => onDialog(o ? 'resolve' : null)} onResolve={resolve} />}
      <TicketDialog
        open={dialog === 'ticket'}
        onOpenChange={(o) => onDialog(o ? 'ticket' : null)}
        defaultIssue={c.topic ?? ''}
        onCreate={toTicket}
      />
    </>
  );
}
