import type { Locale } from '../../i18n/locale.js';

/** An instant as the date (dd/mm/yyyy, X-6) and the time (hh:mm) of the reader's time zone. */
export function instantText(iso: string, locale: Locale): { date: string; time: string } {
  const when = new Date(iso);
  const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
  return {
    date: new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(when),
    time: new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hour12: false }).format(when),
  };
}
