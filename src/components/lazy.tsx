'use client'
import { lazy } from 'react'

/**
 * The ticket form, loaded the first time it renders: react-hook-form, the rules and the sending
 * code come in their own chunk, so a page that shows only the FAQ and the channels never loads
 * them. Render it inside `<Suspense>`.
 */
export const LazyTicketForm = lazy(() =>
  import('./TicketForm/TicketForm').then((module) => ({ default: module.TicketForm })),
)

/** The refund form, loaded the first time it renders (see {@link LazyTicketForm}). */
export const LazyRefundForm = lazy(() =>
  import('./RefundForm/RefundForm').then((module) => ({ default: module.RefundForm })),
)
