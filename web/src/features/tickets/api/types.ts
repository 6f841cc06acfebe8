import type { Schemas } from '@/lib/api/types';

/** A ticket as the customer sees it: public thread, status history, SLA due times. */
export type Ticket = Schemas['TicketView'];
export type TicketPage = Schemas['PageView'];
export type TicketEntry = Schemas['Entry'];
export type TicketFile = Schemas['File'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type Sla = Schemas['Sla'];
export type UploadedAttachment = Schemas['Attachment'];
export type Transaction = Schemas['Transaction'];
export type CreateTicketRequest = Schemas['CreateRequest'];
export type ReplyRequest = Schemas['ReplyRequest'];
export type RatingRequest = Schemas['RatingRequest'];
export type Rating = Schemas['Rating'];
