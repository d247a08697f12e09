/*
 * Cockpit dashboard plugin: the award ledger (奖补台账). Community Edition's Cockpit shows
 * running instances only; finished applications and their amounts come from the application's
 * own GET /api/awards, which shows each user only their part of the ledger. Every value is set
 * as text, never as markup. Amounts read 1,234,567.89 元 and times YYYY-MM-DD HH:mm (format.js).
 */
import { formatAmount, formatTimestamp } from './format.js';

const COLUMNS = [
  ['applicationNumber', '申请编号'],
  ['programTitle', '奖补项目'],
  ['clause', '条款'],
  ['enterpriseName', '申请企业'],
  ['amount', '金额'],
  ['policyEdition', '政策版本'],
  ['approvedBy', '审批人'],
  ['recordedAt', '入账时间'],
  ['statusLabel', '状态']
];

function cell(tag, text) {
  const element = document.createElement(tag);
  element.textContent = text == null ? '' : String(text);
  return element;
}

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

/** 编制公示名单: a unit's user starts its next 公示 list (POST /api/publicity); the answer is shown as text. */
function publicityButton() {
  const box = document.createElement('p');
  const button = box.appendChild(document.createElement('button'));
  button.type = 'button';
  button.className = 'btn btn-default subsidy-publicity-start';
  button.textContent = '编制公示名单';
  const answer = box.appendChild(cell('span', ''));
  answer.className = 'subsidy-publicity-answer';
  button.addEventListener('click', () => {
    button.disabled = true;
    fetch('/api/publicity', { method: 'POST', credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() } })
      .then(response => response.json().catch(() => ({})).then(body => ({ ok: response.ok, body })))
      .then(({ ok, body }) => {
        answer.textContent = ' ' + (body.message || (ok ? '已发起' : '发起失败'));
      })
      .catch(() => {
        answer.textContent = ' 无法连接服务器，请稍后再试';
      })
      .finally(() => {
        button.disabled = false;
      });
  });
  return box;
}

const TOTAL_COLUMNS = [
  ['program', '奖补项目'], ['clause', '条款'], ['township', '乡镇'], ['unit', '审批单位'], ['edition', '政策版本'],
  ['status', '状态'], ['count', '笔数'], ['amount', '金额']
];

/** 汇总: the caller's part of the ledger by program, township, unit, edition and status, with the XLSX download. */
function totals(section) {
  const box = document.createElement('div');
  box.className = 'subsidy-award-totals';
  box.appendChild(cell('h4', '汇总'));
  const link = box.appendChild(document.createElement('a'));
  link.href = '/api/awards/totals.xlsx';
  link.textContent = '下载汇总表（XLSX）';
  section.appendChild(box);
  fetch('/api/awards/totals', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(response => (response.ok ? response.json() : []))
    .then(rows => {
      if (rows.length === 0) {
        return;
      }
      const table = document.createElement('table');
      table.className = 'table table-striped subsidy-award-totals-table';
      const head = document.createElement('tr');
      TOTAL_COLUMNS.forEach(([, label]) => head.appendChild(cell('th', label)));
      table.appendChild(document.createElement('thead')).appendChild(head);
      const body = table.appendChild(document.createElement('tbody'));
      rows.forEach(row => {
        const tr = body.appendChild(document.createElement('tr'));
        TOTAL_COLUMNS.forEach(([key]) => {
          const value = key === 'clause' ? '第' + row.clause + '条' : key === 'amount' ? formatAmount(row.amount) : row[key];
          const td = tr.appendChild(cell('td', value));
          if (key === 'amount') {
            td.className = 'subsidy-amount';
          }
        });
      });
      box.appendChild(table);
    })
    .catch(() => {});
}

function render(node) {
  node.textContent = '';
  const section = document.createElement('section');
  section.className = 'subsidy-awards';
  section.appendChild(cell('h3', '奖补台账（已入账）'));
  section.appendChild(publicityButton());
  const status = cell('p', '加载中…');
  section.appendChild(status);
  node.appendChild(section);

  fetch('/api/awards', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(response => {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(awards => {
      status.textContent = awards.length === 0 ? '暂无已入账的奖补。' : '共 ' + awards.length + ' 笔';
      if (awards.length === 0) {
        return;
      }
      const table = document.createElement('table');
      table.className = 'table table-striped subsidy-awards-table';
      const head = document.createElement('tr');
      COLUMNS.forEach(([, label]) => head.appendChild(cell('th', label)));
      table.appendChild(document.createElement('thead')).appendChild(head);
      const body = table.appendChild(document.createElement('tbody'));
      awards.slice().reverse().forEach(award => {
        const row = document.createElement('tr');
        row.setAttribute('data-application-number', award.applicationNumber);
        COLUMNS.forEach(([key]) => {
          const value = key === 'clause' ? '第' + award.clause + '条'
            : key === 'amount' ? formatAmount(award.amount)
              : key === 'recordedAt' ? formatTimestamp(award.recordedAt) : award[key];
          const td = row.appendChild(cell('td', value));
          if (key === 'amount') {
            td.className = 'subsidy-amount';
          }
        });
        body.appendChild(row);
      });
      section.appendChild(table);
      totals(section);
    })
    .catch(error => {
      status.textContent = '奖补台账加载失败：' + error.message;
    });
}

export default {
  id: 'subsidy.awards',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render
};
