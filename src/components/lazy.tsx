'use client'
import { lazy } from 'react'

/** Loads the ticket form's chunk (the rules and the sending code). */
export const loadTicketForm = () =>
  import('./TicketForm/TicketForm').then((module) => ({ default: module.TicketForm }))

/** Loads the refund form's chunk. */
export const loadRefundForm = () =>
  import('./RefundForm/RefundForm').then((module) => ({ default: module.RefundForm }))

/**
 * The ticket form, loaded the first time it renders: the rules and the sending
 * code come in their own chunk, so a page that shows only the FAQ and the channels never loads
 * them. Render it inside `<Suspense>`.
 */
export const LazyTicketForm = lazy(loadTicketForm)

/** The refund form, loaded the first time it renders (see {@link LazyTicketForm}). */
export const LazyRefundForm = lazy(loadRefundForm)
