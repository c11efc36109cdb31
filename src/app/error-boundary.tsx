// The last line of defence: a render error shows what happened instead of a blank page.
import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    console.error('Arbor crashed while drawing the screen', error);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="m-8 rounded border border-red-300 bg-red-50 p-4 text-red-900">
        <p className="font-semibold">Something broke while drawing this screen.</p>
        <p className="mt-1 text-sm">
          Your chats are safe in this browser. Reload the page to continue. (
          {this.state.error.message})
        </p>
      </div>
    );
  }
}
