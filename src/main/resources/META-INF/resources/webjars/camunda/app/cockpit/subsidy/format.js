/*
 * How this application's Cockpit scripts show money and time (imported by awards.js and
 * clerk.js). Plain functions from text to text; nothing here touches the page.
 */

const AMOUNT = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * An amount as the API sends it (a decimal string such as "1234567.89") as 1,234,567.89 元.
 * Works on the digits of the string, never through a floating-point number; at least two
 * decimals are shown and none is dropped. Anything that is not such a number is returned as it is.
 */
export function formatAmount(text) {
  if (text == null || text === '') {
    return '';
  }
  const match = AMOUNT.exec(String(text).trim());
  if (!match) {
    return String(text);
  }
  const [, sign, whole, fraction = ''] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return sign + grouped + '.' + fraction.padEnd(2, '0') + ' 元';
}

/** An ISO 8601 date and time with seconds or a zone, as the engine and the API send them. */
export const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

function pad(number) {
  return String(number).padStart(2, '0');
}

/**
 * A point in time (ISO 8601 text, e.g. 2024-02-10T09:30:00.000+0000, or a Date) as
 * YYYY-MM-DD HH:mm in the browser's time zone. Text that is no such time is returned as it is.
 */
export function formatTimestamp(value) {
  if (value == null || value === '') {
    return '';
  }
  let date = value;
  if (!(value instanceof Date)) {
    const text = String(value).trim();
    if (!ISO_TIMESTAMP.test(text)) {
      return String(value);
    }
    // the engine writes the zone as +0800, which not every browser reads: make it +08:00
    date = new Date(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  }
  if (Number.isNaN(date.getTime())) {
    return String(value);
  }
  return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate())
    + ' ' + pad(date.getHours()) + ':' + pad(date.getMinutes());
}
