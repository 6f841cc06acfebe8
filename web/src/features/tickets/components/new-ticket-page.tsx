import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Send } from 'lucide-react';
import { BackLink } from '@/components/ui/back-link';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { TextArea } from '@/components/ui/text-area';
import { toast } from '@/components/ui/toast';
import { describeError } from '@/lib/api/errors';
import { useCreateTicket } from '../api/create-ticket';
import { useAttachmentUploads } from '../hooks/use-attachment-uploads';
import {
  DESCRIPTION_MAX,
  isTicketCategory,
  issueType,
  subjectMax,
  ticketCategories,
  type TicketCategory,
} from '../lib/categories';
import { fieldErrorsOf } from '../lib/field-errors';
import { ticketPath, ticketsPath } from '../lib/paths';
import { AttachmentPicker } from './attachment-picker';
import { TransactionPicker } from './transaction-picker';

type Field = 'category' | 'subject' | 'description';
type Errors = Partial<Record<Field | 'transactionId' | 'attachments', string>>;

/** Where the backend's field names show on this form. */
const serverFields: Record<string, keyof Errors> = {
  issueType: 'subject',
  description: 'description',
  transactionId: 'transactionId',
  attachments: 'attachments',
};

/**
 * /support/tickets/new: topic, subject, what happened, the payment (optional) and files. Prefilled
 * from ?category=<help centre category slug>&transactionId=…&subject=… so the hub's contextual help
 * and the chat can link here. Checks what it can before sending; the server's field messages
 * (400 problem+json) show under their fields.
 */
export function NewTicketPage() {
  const { t } = useTranslation(['tickets', 'common']);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const initialCategory = params.get('category');
  const [category, setCategory] = useState<TicketCategory | ''>(isTicketCategory(initialCategory) ? initialCategory : '');
  const [subject, setSubject] = useState(params.get('subject') ?? '');
  const [description, setDescription] = useState('');
  const [transactionId, setTransactionId] = useState(params.get('transactionId') ?? '');
  const [clientErrors, setClientErrors] = useState<Errors>({});
  const [attachmentsNote, setAttachmentsNote] = useState<string>();
  // Fields changed since the server answered: their server message no longer applies.
  const [edited, setEdited] = useState<ReadonlySet<keyof Errors>>(new Set());
  const uploads = useAttachmentUploads();
  const create = useCreateTicket();
  const refs = {
    category: useRef<HTMLSelectElement>(null),
    subject: useRef<HTMLInputElement>(null),
    description: useRef<HTMLTextAreaElement>(null),
  };

  const categoryLabel = category ? t(`new.categories.${category}`) : '';
  // Before a topic is chosen, the room the longest topic leaves.
  const maxSubject = categoryLabel
    ? subjectMax(categoryLabel)
    : Math.min(...ticketCategories.map((slug) => subjectMax(t(`new.categories.${slug}`))));

  // The server's field messages, where the form has that field; the rest go in the banner.
  const serverErrors: Errors = {};
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(fieldErrorsOf(create.error))) {
    const target = serverFields[field];
    if (!target) unplaced.push(message);
    else if (!edited.has(target)) serverErrors[target] = message;
  }
  const errors: Errors = { ...serverErrors, ...clientErrors };
  const bannerError =
    create.isError && (unplaced.length > 0 || Object.keys(fieldErrorsOf(create.error)).length === 0)
      ? [describeError(create.error), ...unplaced].join(' ')
      : undefined;

  function clear(field: keyof Errors) {
    if (clientErrors[field]) setClientErrors(({ [field]: _, ...rest }) => rest);
    if (!edited.has(field)) setEdited(new Set([...edited, field]));
  }

  function validate(): Errors {
    const found: Errors = {};
    if (!category) found.category = t('new.errors.category');
    if (!subject.trim()) found.subject = t('new.errors.subject');
    else if (subject.trim().length > maxSubject) found.subject = t('new.errors.subjectTooLong', { max: maxSubject });
    if (!description.trim()) found.description = t('new.errors.description');
    else if (description.length > DESCRIPTION_MAX) found.description = t('new.errors.descriptionTooLong', { max: DESCRIPTION_MAX });
    return found;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setClientErrors(found);
    const first = (['category', 'subject', 'description'] as const).find((field) => found[field]);
    if (first) {
      refs[first].current?.focus();
      return;
    }
    if (uploads.pending) return setAttachmentsNote(t('attachments.errors.pending'));
    if (uploads.blocked) return setAttachmentsNote(t('attachments.errors.failed'));
    setAttachmentsNote(undefined);
    setEdited(new Set());
    create.mutate(
      {
        issueType: issueType(categoryLabel, subject),
        description: description.trim(),
        ...(transactionId ? { transactionId } : {}),
        ...(uploads.ids.length ? { attachments: uploads.ids } : {}),
      },
      {
        onSuccess: (ticket) => {
          uploads.reset();
          toast({ title: t('new.created', { number: ticket.number ?? '' }), tone: 'success' });
          navigate(ticket.id ? ticketPath(ticket.id) : ticketsPath, { replace: true });
        },
      },
    );
  }

  return (
    <div className="flex flex-col gap-5 px-4 py-6">
      <BackLink to={ticketsPath}>{t('ticket.back')}</BackLink>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">{t('new.title')}</h1>
        <p className="text-fg-muted">{t('new.description')}</p>
      </div>
      <form onSubmit={submit} noValidate className="flex flex-col gap-5" aria-label={t('new.title')}>
        <Select
          ref={refs.category}
          label={t('new.category')}
          value={category}
          error={errors.category}
          required
          onChange={(event) => {
            setCategory(isTicketCategory(event.target.value) ? event.target.value : '');
            clear('category');
          }}
        >
          <option value="">{t('new.categoryPlaceholder')}</option>
          {ticketCategories.map((slug) => (
            <option key={slug} value={slug}>
              {t(`new.categories.${slug}`)}
            </option>
          ))}
        </Select>
        <Input
          ref={refs.subject}
          label={t('new.subject')}
          hint={t('new.subjectHint')}
          value={subject}
          error={errors.subject}
          required
          maxLength={maxSubject}
          autoComplete="off"
          onChange={(event) => {
            setSubject(event.target.value);
            clear('subject');
          }}
        />
        <TextArea
          ref={refs.description}
          label={t('new.descriptionLabel')}
          hint={t('new.descriptionHint')}
          rows={6}
          value={description}
          error={errors.description}
          required
          maxLength={DESCRIPTION_MAX}
          onChange={(event) => {
            setDescription(event.target.value);
            clear('description');
          }}
        />
        <TransactionPicker
          value={transactionId}
          onChange={(id) => {
            setTransactionId(id);
            clear('transactionId');
          }}
          error={errors.transactionId}
        />
        <AttachmentPicker uploads={uploads} error={attachmentsNote ?? errors.attachments} disabled={create.isPending} />
        {Object.keys(clientErrors).length > 0 && (
          <p role="alert" className="text-sm font-medium text-danger">
            {t('new.errors.summary')}
          </p>
        )}
        {create.isPaused && (
          <Banner tone="offline" title={t('offline.waiting')}>
            {t('offline.create')}
          </Banner>
        )}
        {bannerError && <Banner tone="danger" title={bannerError} />}
        <Button
          type="submit"
          size="lg"
          fullWidth
          loading={create.isPending && !create.isPaused}
          disabled={create.isPending}
          icon={<Send aria-hidden className="size-5" />}
        >
          {t('new.submit')}
        </Button>
      </form>
    </div>
  );
}
