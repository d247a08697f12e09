/*
 * Cockpit dashboard plugin: 案件查询. Community Edition's Cockpit lists running instances only
 * and knows nothing of due dates; this page asks the application's GET /api/cases, which
 * answers each user with the applications they may read: open ones with the step they wait at,
 * its due date (办理期限) and the working days they have waited there; finished ones (approved,
 * rejected, discarded, closed) too. Searchable by application number or enterprise name.
 * Every value is set as text, never as markup.
 */
import { formatAmount, formatTimestamp } from './format.js';

const STATES = [
  ['open', '办理中'],
  ['finished', '已办结'],
  ['all', '全部']
];

const COLUMNS = [
  ['applicationNumber', '申请编号'],
  ['programTitle', '奖补项目'],
  ['enterpriseName', '申请企业'],
  ['townshipName', '乡镇'],
  ['statusLabel', '状态'],
  ['currentStep', '当前环节'],
  ['waiting', '已等待'],
  ['dueDate', '办理期限'],
  ['amount', '核定金额'],
  ['createdAt', '创建时间']
];

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text != null) {
    node.textContent = String(text);
  }
  if (className) {
    node.className = className;
  }
  return node;
}

function value(row, key) {
  switch (key) {
    case 'amount':
      return formatAmount(row.amount);
    case 'dueDate':
      // the last working day, in the district's time (the step is due at its end)
      return row.dueDay ? row.dueDay + (row.overdue ? '（已逾期）' : '') : '';
    case 'createdAt':
      return formatTimestamp(row.createdAt);
    case 'waiting':
      if (row.currentStep == null) {
        return '';
      }
      return row.waitingWorkingDays == null ? '—' : row.waitingWorkingDays + '个工作日';
    default:
      return row[key];
  }
}

function table(rows) {
  const result = element('table', null, 'table table-striped subsidy-cases-table');
  const head = element('tr');
  COLUMNS.forEach(([, label]) => head.appendChild(element('th', label)));
  result.appendChild(element('thead')).appendChild(head);
  const body = result.appendChild(element('tbody'));
  rows.forEach(row => {
    const line = element('tr', null, row.overdue ? 'danger' : null);
    line.setAttribute('data-application-number', row.applicationNumber);
    COLUMNS.forEach(([key]) => line.appendChild(element('td', value(row, key))));
    body.appendChild(line);
  });
  return result;
}

function render(node) {
  node.textContent = '';
  const section = element('section', null, 'subsidy-cases');
  section.appendChild(element('h3', '案件查询'));

  const form = element('form', null, 'form-inline subsidy-cases-search');
  const state = element('select', null, 'form-control input-sm');
  state.name = 'state';
  STATES.forEach(([key, label]) => {
    const option = element('option', label);
    option.value = key;
    state.appendChild(option);
  });
  const text = element('input', null, 'form-control input-sm');
  text.type = 'search';
  text.name = 'q';
  text.maxLength = 64;
  text.placeholder = '申请编号或企业名称';
  const submit = element('button', '查询', 'btn btn-default btn-sm');
  submit.type = 'submit';
  form.append(state, ' ', text, ' ', submit);
  section.appendChild(form);

  const status = element('p', '加载中…');
  const results = element('div');
  section.append(status, results);
  node.appendChild(section);

  function load() {
    const query = new URLSearchParams({ state: state.value });
    if (text.value.trim()) {
      query.set('q', text.value.trim());
    }
    status.textContent = '加载中…';
    results.textContent = '';
    fetch('/api/cases?' + query, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(response => response.json().catch(() => ({})).then(body => ({ ok: response.ok, body })))
      .then(({ ok, body }) => {
        if (!ok) {
          throw new Error(body.message || '查询失败');
        }
        const overdue = body.filter(row => row.overdue).length;
        status.textContent = body.length === 0 ? '没有符合条件的申请。'
          : '共 ' + body.length + ' 件' + (overdue ? '，其中 ' + overdue + ' 件已逾期' : '')
            + (body.length >= 100 ? '（仅显示最近100件，请输入条件缩小范围）' : '');
        if (body.length) {
          results.appendChild(table(body));
        }
      })
      .catch(error => {
        status.textContent = '案件查询失败：' + error.message;
      });
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    load();
  });
  state.addEventListener('change', load);
  load();
}

export default {
  id: 'subsidy.cases',
  pluginPoint: 'cockpit.dashboard',
  priority: 30,
  render
};
