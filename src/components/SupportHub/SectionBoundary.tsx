'use client'
import { Component, type ReactNode } from 'react'

interface SectionBoundaryProps {
  /** Called once per failure with what was thrown. */
  onError: (error: unknown) => void
  /** What to show instead of the children after a failure. */
  fallback: (error: unknown) => ReactNode
  /** When this changes (a new config), a failed section is tried again. */
  resetKey: unknown
  children: ReactNode
}

interface SectionBoundaryState {
  failed: boolean
  error: unknown
  resetKey: unknown
}

/**
 * Keeps a section's failure inside the section: what it threw is reported and the section is
 * replaced by `fallback`, while the rest of the page keeps working.
 */
export class SectionBoundary extends Component<SectionBoundaryProps, SectionBoundaryState> {
  override state: SectionBoundaryState = {
    failed: false,
    error: undefined,
    resetKey: this.props.resetKey,
  }

  static getDerivedStateFromError(error: unknown): Partial<SectionBoundaryState> {
    return { failed: true, error }
  }

  static getDerivedStateFromProps(
    props: SectionBoundaryProps,
    state: SectionBoundaryState,
  ): Partial<SectionBoundaryState> | null {
    return props.resetKey === state.resetKey
      ? null
      : { failed: false, error: undefined, resetKey: props.resetKey }
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(error)
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children
  }
}
