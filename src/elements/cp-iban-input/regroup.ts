import { formatIban, normalizeIban } from '../../domain/validators/iban.js';

/** The text of the field after an edit, and where the caret goes. */
export interface RegroupedEdit {
  readonly text: string;
  readonly caret: number;
}

/** Where the caret goes in a grouped text so that `count` significant characters are before it. */
function caretAfter(grouped: string, count: number): number {
  if (count <= 0) return 0;
  let seen = 0;
  for (let index = 0; index < grouped.length; index += 1) {
    if (grouped[index] !== ' ') seen += 1;
    if (seen === count) return index + 1;
  }
  return grouped.length;
}

/**
 * Regroups an edited IBAN in groups of four ("FR76 3000 6000 …") without the caret jumping: the
 * caret stays after the same number of significant characters (separators do not count). When a
 * deletion removed only a separator (Backspace just after a space, Delete just before one), the
 * character beyond the separator is removed, as the user meant.
 *
 * @param previous the field's text before the edit
 * @param edited the field's text after the browser applied the edit
 * @param caret the caret position in `edited`
 * @param inputType the `InputEvent.inputType` of the edit
 */
export function regroupIban(previous: string, edited: string, caret: number, inputType = ''): RegroupedEdit {
  let chars = normalizeIban(edited);
  let before = normalizeIban(edited.slice(0, caret)).length;
  const onlySeparatorRemoved = edited.length < previous.length && chars === normalizeIban(previous);
  if (onlySeparatorRemoved && inputType === 'deleteContentBackward' && before > 0) {
    chars = chars.slice(0, before - 1) + chars.slice(before);
    before -= 1;
  } else if (onlySeparatorRemoved && inputType === 'deleteContentForward') {
    chars = chars.slice(0, before) + chars.slice(before + 1);
  }
  const text = formatIban(chars);
  return { text, caret: caretAfter(text, before) };
}
