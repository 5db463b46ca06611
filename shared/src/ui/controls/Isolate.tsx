// Customer text (and any text from outside) in its own bidi isolate: `dir="auto"` takes the
// direction from the text itself and browsers give such an element `unicode-bidi: isolate`,
// so an RTL name or a hidden override character cannot reorder the words around it. A span
// rather than <bdi>: the same isolation, and DOM tools that compute accessible names treat it
// as inline (no stray spaces in names built from the text).
import type { ReactNode } from 'react';

export function Isolate({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <span dir="auto" className={className}>
      {children}
    </span>
  );
}
