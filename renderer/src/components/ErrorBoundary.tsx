import { Component, type ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';

interface State {
  error: unknown;
}

/** Keeps one broken page from blanking the app; shows the typed error plainly with a way back. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidUpdate(prev: { resetKey?: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="page" aria-labelledby="error-title">
        <h1 id="error-title">This page could not be shown</h1>
        <ErrorMessage error={this.state.error} />
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </section>
    );
  }
}
