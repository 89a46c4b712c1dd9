/** Point-and-click setup of a booking page (placeholder until the picker lands). */
import type { SiteConfig } from '../../lib/settings/schema';
import type { SectionProps } from './OptionsApp';

export function PageSetup({ site, onClose }: SectionProps & { site: SiteConfig; onClose: () => void }) {
  return (
    <section id="page-setup" aria-label={`Set up ${site.name}`}>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
