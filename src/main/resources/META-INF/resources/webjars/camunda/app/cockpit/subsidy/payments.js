/*
 * Cockpit dashboard plugin: 拨付批次 (payment batches), for the paying units' staff and, read-only,
 * administrators. It starts 编制拨付批次 (POST /api/payment-batches), lists the unit's batches, offers
 * an ordered batch's payment file (XLSX, CSV) and imports the bank's return file (to the batch's
 * own unit: mayHandle). Shown only to those GET /api/payment-batches answers; every value is set as text, never as markup.
 */
import { formatAmount } from './format.js';

const COLUMNS = [
  ['number', '批次号'], ['statusLabel', '状态'], ['lineCount', '笔数'], ['total', '合计金额'],
  ['compiledBy', '编制人'], ['approvedBy', '审核人']
];

function cell(tag, text, className) {
  const element = document.createElement(tag);
  element.textContent = text == null ? '' : String(text);
  if (className) {
    element.className = className;
  }
  return element;
}

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

function post(path, body) {
  return fetch(path, { method: 'POST', credentials: 'same-origin', body,
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() } })
    .then(response => response.json().catch(() => ({})).then(answer => ({ ok: response.ok, answer })));
}

/** The answer's message and each problem it names, as text. */
function showAnswer(target, { ok, answer }) {
  target.textContent = '';
  target.className = ok ? 'text-success subsidy-payment-answer' : 'text-danger subsidy-payment-answer';
  target.appendChild(cell('div', answer.message || (ok ? '已办理' : '办理失败')));
  (answer.problems || []).filter(problem => problem !== answer.message)
    .forEach(problem => target.appendChild(cell('div', problem)));
}

/** 导入银行回单 for an ordered batch: a CSV or XLSX file with 批次号, 序号, 结果, 银行流水号, 失败原因. */
function returnForm(batch, reload) {
  const form = document.createElement('form');
  form.className = 'subsidy-bank-return';
  // the browser's own file input names its button in the browser's language: a Chinese one instead
  const pick = form.appendChild(cell('label', '选择回单文件', 'btn btn-default btn-xs subsidy-import-pick'));
  const file = pick.appendChild(document.createElement('input'));
  file.type = 'file';
  file.accept = '.csv,.xlsx';
  file.setAttribute('aria-label', '银行回单文件');
  const chosenName = form.appendChild(cell('span', '未选择文件', 'text-muted'));
  file.addEventListener('change', () => {
    chosenName.textContent = file.files && file.files[0] ? file.files[0].name : '未选择文件';
  });
  const submit = form.appendChild(cell('button', '导入银行回单', 'btn btn-default btn-xs'));
  submit.type = 'submit';
  const answer = form.appendChild(cell('div', ''));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const chosen = file.files && file.files[0];
    if (!chosen) {
      showAnswer(answer, { ok: false, answer: { message: '请先选择银行回单文件（CSV或XLSX）' } });
      return;
    }
    const data = new FormData();
    data.append('file', chosen, chosen.name);
    submit.disabled = true;
    post('/api/payment-batches/' + encodeURIComponent(batch.number) + '/bank-return', data)
      .then(result => {
        showAnswer(answer, result);
        if (result.ok) {
          reload();
        }
      })
      .catch(() => showAnswer(answer, { ok: false, answer: { message: '无法连接服务器，请稍后再试' } }))
      .finally(() => {
        submit.disabled = false;
      });
  });
  return form;
}

function batchRow(batch, reload) {
  const staff = batch.mayHandle === true;
  const row = document.createElement('tr');
  row.setAttribute('data-batch-number', batch.number);
  COLUMNS.forEach(([key]) => row.appendChild(cell('td', key === 'total' ? formatAmount(batch.total) : batch[key],
    key === 'total' ? 'subsidy-amount' : null)));
  const actions = row.appendChild(document.createElement('td'));
  const ordered = batch.status === 'ORDERED' || batch.status === 'COMPLETED';
  if (staff && ordered) {
    ['xlsx', 'csv'].forEach(kind => {
      const link = actions.appendChild(cell('a', '拨付文件（' + kind.toUpperCase() + '）'));
      link.href = '/api/payment-batches/' + encodeURIComponent(batch.number) + '/payment-file.' + kind;
      actions.appendChild(document.createTextNode(' '));
    });
  }
  if (staff && batch.status === 'ORDERED') {
    actions.appendChild(returnForm(batch, reload));
  }
  if (batch.returnReason) {
    actions.appendChild(cell('div', '退回理由：' + batch.returnReason, 'text-muted'));
  }
  return row;
}

function render(node) {
  node.textContent = '';
  const section = document.createElement('section');
  section.className = 'subsidy-payments';

  function load() {
    fetch('/api/payment-batches', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(response => (response.ok ? response.json() : null))
      .then(batches => {
        section.textContent = '';
        if (batches === null) {
          return;
        }
        section.appendChild(cell('h3', '拨付批次'));
        const start = section.appendChild(cell('button', '编制拨付批次', 'btn btn-default subsidy-payment-start'));
        start.type = 'button';
        const answer = section.appendChild(cell('div', ''));
        start.addEventListener('click', () => {
          start.disabled = true;
          post('/api/payment-batches')
            .then(result => showAnswer(answer, result))
            .catch(() => showAnswer(answer, { ok: false, answer: { message: '无法连接服务器，请稍后再试' } }))
            .finally(() => {
              start.disabled = false;
            });
        });
        if (batches.length === 0) {
          section.appendChild(cell('p', '暂无拨付批次。'));
          return;
        }
        const table = section.appendChild(document.createElement('table'));
        table.className = 'table table-striped subsidy-payments-table';
        const head = document.createElement('tr');
        COLUMNS.forEach(([, label]) => head.appendChild(cell('th', label)));
        head.appendChild(cell('th', '拨付文件与银行回单'));
        table.appendChild(document.createElement('thead')).appendChild(head);
        const body = table.appendChild(document.createElement('tbody'));
        batches.forEach(batch => body.appendChild(batchRow(batch, load)));
      })
      .catch(() => {});
  }

  node.appendChild(section);
  load();
}

export default {
  id: 'subsidy.payments',
  pluginPoint: 'cockpit.dashboard',
  priority: 15,
  render
};
