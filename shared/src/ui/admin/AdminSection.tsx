// One admin panel's frame: a section named by its heading, and the platform's message when
// the last call failed (both panels show their failures the same way).
import { useId, type ReactNode } from 'react';

interface Props {
  heading: string;
  error: string | null;
  className: string;
  children: ReactNode;
}

export function AdminSection({ heading, error, className, children }: Props) {
  const headingId = useId();
  return (
    <section className={className} aria-labelledby={headingId}>
      <h3 id={headingId} className="slds-text-title_caps">
        {heading}
      </h3>
      {error !== null && (
        <p role="alert" className="slds-text-color_error">
          {error}
        </p>
      )}
      {children}
    </section>
  );
}
