// Keeps a failure in one part of the client in that part: the region shows what happened and
// a way to try again, while the status bar, sign-out and the other regions keep working.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '../controls/Button';
import { useTranslate } from './useTranslate';

interface Props {
  /** The region's name as the agent knows it (Interactions, Wrap-up…). */
  region: string;
  children: ReactNode;
}

interface BoundaryProps extends Props {
  failed: string;
  retry: string;
}

interface BoundaryState {
  error: boolean;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: false };

  static getDerivedStateFromError(): BoundaryState {
    return { error: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // A render failure is a bug or data the boundary let through: keep it in the console
    // with where it happened, for whoever investigates.
    console.error(`The ${this.props.region} region failed to render`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <section
        className="slds-box slds-theme_default slds-m-around_x-small acd-region-failed"
        aria-label={this.props.region}
      >
        <p role="alert" className="slds-text-color_error">
          {this.props.failed}
        </p>
        <Button
          className="slds-m-top_x-small"
          label={this.props.retry}
          onClick={() => this.setState({ error: false })}
        />
      </section>
    );
  }
}

export function RegionBoundary({ region, children }: Props) {
  const { t } = useTranslate();
  return (
    <Boundary
      region={region}
      failed={t('region.failed', { region })}
      retry={t('region.retry', { region })}
    >
      {children}
    </Boundary>
  );
}
