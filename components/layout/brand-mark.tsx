/** The Shuzhen mark: a rounded square with a rising bar chart. Decorative beside the name. */
export function BrandMark({ className = "h-8 w-8" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="fill-brand" />
      <rect x="7" y="17" width="4" height="8" rx="1" fill="#fff" opacity="0.7" />
      <rect x="14" y="12" width="4" height="13" rx="1" fill="#fff" opacity="0.85" />
      <rect x="21" y="7" width="4" height="18" rx="1" fill="#fff" />
    </svg>
  );
}
