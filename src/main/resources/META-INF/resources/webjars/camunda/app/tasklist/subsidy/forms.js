/*
 * Tasklist as a Chinese clerk needs it, for Camunda Forms (form-js), whose own messages are
 * English and have no translation hook:
 * - form-js's validation messages are shown in Chinese;
 * - a date field (a text field typed YYYY-MM-DD) gets a calendar button that opens the browser's
 *   date picker in the browser's language; the date picked is written into the field as typed;
 * - a red refusal left from an earlier submit is cleared when the form is submitted again.
 * Everything is set as text, never as markup.
 */
const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项'],
  [/^Field must have minimum value of (.+)\.$/, m => '不能小于' + m[1]],
  [/^Field must have maximum value of (.+)\.$/, m => '不能大于' + m[1]],
  [/^Field must have minimum length of (.+)\.$/, m => '不能少于' + m[1] + '个字'],
  [/^Field must have maximum length of (.+)\.$/, m => '不能超过' + m[1] + '个字'],
  [/^Field must match pattern .*$/, () => '格式不正确，请按说明填写'],
  [/^Value is not a number\.$/, () => '应为数字'],
  [/^Value is expected to be an integer\.$/, () => '应为整数'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, m => '最多保留' + m[1] + '位小数'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    m => '请输入有效值，最接近的有效值为' + m[1] + '和' + m[2]],
  [/^Field must be a valid email\.$/, () => '应为有效的电子邮箱'],
  [/^Field must be a valid international phone number\.$/, () => '应为有效的电话号码']
];

const DATE_HINT = 'YYYY-MM-DD';

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, chinese] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return chinese(match);
    }
  }
  return null;
}

/**
 * The text nodes themselves are rewritten, not the elements: form-js (Preact) keeps its text nodes
 * and sets their data again only when its message changes, which this observer then translates.
 */
function translateErrors(root) {
  root.querySelectorAll('.fjs-form-field-error').forEach(error => {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const chinese = translate(text.data || '');
      if (chinese !== null && chinese !== text.data) {
        text.data = chinese;
      }
    }
  });
}

/** A calendar button beside each date field: the browser's own picker, in its language. */
function addCalendars(root) {
  root.querySelectorAll('.fjs-form-field-textfield').forEach(field => {
    const description = field.querySelector('.fjs-form-field-description');
    const input = field.querySelector('input.fjs-input');
    if (!description || !input || !description.textContent.includes(DATE_HINT) || field.dataset.subsidyCalendar) {
      return;
    }
    field.dataset.subsidyCalendar = 'true';
    const picker = document.createElement('input');
    picker.type = 'date';
    picker.className = 'subsidy-date-picker';
    picker.tabIndex = -1;
    picker.setAttribute('aria-hidden', 'true');
    picker.style.cssText = 'position:absolute;opacity:0;width:1px;height:1px;pointer-events:none;';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-default btn-xs subsidy-calendar';
    button.textContent = '选择日期';
    button.addEventListener('click', () => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(input.value)) {
        picker.value = input.value;
      }
      if (typeof picker.showPicker === 'function') {
        picker.showPicker();
      } else {
        picker.click();
      }
    });
    picker.addEventListener('change', () => {
      if (!picker.value) {
        return;
      }
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setValue.call(input, picker.value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    input.insertAdjacentElement('afterend', button);
    button.insertAdjacentElement('afterend', picker);
  });
}

/** A submit clears the red refusal of the previous one: a new answer will come. */
function clearOldRefusals(event) {
  const target = event.target;
  if (target && target.closest && target.closest('[cam-tasklist-task-form], .task-card, form, .form-container')) {
    const text = (target.textContent || '').trim();
    if (text === '完成' || text === '提交' || target.type === 'submit') {
      // Camunda's notifications panel: an error is .alert-error (or .alert-danger), its close button .close
      document.querySelectorAll('.notifications .alert-error .close, .notifications .alert-danger .close')
        .forEach(close => close.click());
    }
  }
}

function scan() {
  translateErrors(document.body);
  addCalendars(document.body);
}

new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
document.addEventListener('click', clearOldRefusals, true);
scan();

export default [];
