/*
 * 我的申请: the applications and offers the logged-in user may read (GET /api/my-applications),
 * one application's history and next action (GET /api/my-applications/{number}): 去办理 opens
 * the task in Tasklist, 撤回 asks the server to withdraw it (POST /api/applications/{n}/withdraw),
 * 下载决定书 the decision letter; its 申报材料 are listed with their downloads. The user's own
 * notification contact (e-mail, mobile) is kept here too. The server decides everything; every
 * value is set as text.
 */
const statusBox = document.getElementById('status');
const filters = document.getElementById('filters');
const table = document.getElementById('list');
const detail = document.getElementById('detail');

const STATUSES = [['DRAFT', '待填报'], ['OFFERED', '待确认申领'], ['FILED', '已提交'], ['RETURNED', '已退回修改'],
  ['VERIFIED', '乡镇已核实'], ['APPROVED', '已批准'], ['REJECTED', '已驳回'], ['WITHDRAWN', '已撤回'],
  ['DISCARDED', '已放弃'], ['EXPIRED', '逾期未提交已关闭']];

function text(tag, value, className) {
  const element = document.createElement(tag);
  element.textContent = value == null ? '' : String(value);
  if (className) {
    element.className = className;
  }
  return element;
}

/**
 * The session's CSRF token: the webapps' XSRF-TOKEN cookie belongs to /camunda, so this page asks
 * the server for it (GET /api/csrf-token, readable by same-origin scripts only).
 */
let csrf = null;
function csrfToken() {
  return csrf;
}
const csrfReady = fetch('/api/csrf-token', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  .then(response => (response.ok ? response.json() : {}))
  .then(body => {
    csrf = body.token || '';
  })
  .catch(() => {
    csrf = '';
  });

function time(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  const pad = n => String(n).padStart(2, '0');
  return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()) + ' '
    + pad(date.getHours()) + ':' + pad(date.getMinutes());
}

function get(path) {
  return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(response => response.json().catch(() => ({})).then(body => ({ status: response.status, body })));
}

function query() {
  const params = new URLSearchParams();
  new FormData(filters).forEach((value, key) => {
    if (value) {
      params.set(key, value);
    }
  });
  return params.toString();
}

function load() {
  const params = query();
  document.getElementById('export').href = '/api/my-applications.xlsx' + (params ? '?' + params : '');
  get('/api/my-applications' + (params ? '?' + params : '')).then(({ status, body }) => {
    if (status === 401) {
      statusBox.textContent = '';
      statusBox.appendChild(text('span', '请先登录。'));
      const login = statusBox.appendChild(text('a', '登录任务列表'));
      login.href = '/camunda/app/tasklist/';
      return;
    }
    if (status !== 200) {
      statusBox.textContent = body.message || '加载失败（HTTP ' + status + '），请稍后重试';
      statusBox.className = 'error';
      return;
    }
    filters.hidden = false;
    statusBox.className = '';
    statusBox.textContent = body.length === 0 ? '暂无申请。' : '共' + body.length + '项，点击一行查看办理记录。';
    const rows = table.querySelector('tbody');
    rows.textContent = '';
    body.forEach(row => {
      const item = row.application;
      const tr = rows.appendChild(document.createElement('tr'));
      tr.dataset.number = item.applicationNumber;
      [item.applicationNumber, item.programTitle, item.enterpriseName, item.statusLabel, row.awardStatusLabel,
        item.amountText, item.currentStep, time(item.updatedAt)].forEach((value, i) =>
        tr.appendChild(text('td', value, i === 5 ? 'amount' : null)));
      tr.addEventListener('click', () => open(item.applicationNumber));
    });
    table.hidden = body.length === 0;
  }).catch(() => {
    statusBox.textContent = '无法连接服务器，请稍后重试';
    statusBox.className = 'error';
  });
}

function withdrawForm(number, actions) {
  const form = actions.appendChild(document.createElement('form'));
  form.className = 'withdraw';
  const label = form.appendChild(text('label', '撤回原因'));
  label.htmlFor = 'withdraw-reason';
  form.appendChild(document.createTextNode(' '));
  const reason = form.appendChild(document.createElement('input'));
  reason.id = 'withdraw-reason';
  reason.name = 'reason';
  reason.maxLength = 500;
  const button = form.appendChild(text('button', '撤回申请'));
  button.type = 'submit';
  const answer = form.appendChild(text('span', ''));
  form.addEventListener('submit', event => {
    event.preventDefault();
    button.disabled = true;
    csrfReady.then(() => fetch('/api/applications/' + encodeURIComponent(number) + '/withdraw', {
      method: 'POST', credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken() },
      body: JSON.stringify({ reason: reason.value })
    })).then(response => response.json().catch(() => ({})).then(body => {
      if (response.ok) {
        document.getElementById('notice').textContent = body.message || '已撤回';
        load();
        open(number);
      } else {
        answer.textContent = body.message || '撤回失败';
        answer.className = 'error';
      }
    })).catch(() => {
      answer.textContent = '无法连接服务器，请稍后重试';
      answer.className = 'error';
    }).finally(() => {
      button.disabled = false;
    });
  });
}

function open(number) {
  get('/api/my-applications/' + encodeURIComponent(number)).then(({ status, body }) => {
    if (status !== 200) {
      detail.hidden = false;
      document.getElementById('detail-title').textContent = body.message || '无法查看该申请';
      return;
    }
    const item = body.summary.application;
    detail.hidden = false;
    document.getElementById('detail-title').textContent = item.applicationNumber + '　' + item.programTitle + '　'
      + item.statusLabel + (body.summary.awardStatusLabel ? '（' + body.summary.awardStatusLabel + '）' : '')
      + (item.amountText ? '　' + item.amountText : '');
    const actions = document.getElementById('actions');
    actions.textContent = '';
    if (body.next.taskId) {
      const link = actions.appendChild(text('a', '去办理：' + body.next.taskName));
      link.href = '/camunda/app/tasklist/default/#/?task=' + encodeURIComponent(body.next.taskId);
    }
    if (body.next.decisionLetter) {
      const letter = actions.appendChild(text('a', '下载决定书（PDF）'));
      letter.href = body.next.decisionLetter;
    }
    if (body.next.mayWithdraw) {
      withdrawForm(item.applicationNumber, actions);
    }
    const documents = document.getElementById('documents');
    documents.textContent = '';
    get('/api/applications/' + encodeURIComponent(item.applicationNumber) + '/documents').then(answer => {
      const files = answer.status === 200 ? answer.body.documents : [];
      if (files.length === 0) {
        documents.appendChild(text('li', '（无）'));
      }
      files.forEach(file => {
        const li = documents.appendChild(document.createElement('li'));
        li.appendChild(text('span', file.kindLabel + '：'));
        const link = li.appendChild(text('a', file.fileName));
        link.href = '/api/documents/' + encodeURIComponent(file.id);
        li.appendChild(text('span', '（SHA-256 ' + file.sha256.substring(0, 12) + '…）', 'changes'));
      });
    });
    const history = document.getElementById('history');
    history.textContent = '';
    body.history.forEach(entry => {
      const li = history.appendChild(document.createElement('li'));
      li.appendChild(text('span', time(entry.at) + '　' + entry.step + ' · ' + entry.action
        + (entry.actor ? '（' + entry.actor + '）' : '')));
      if (entry.comment) {
        li.appendChild(text('div', entry.comment, 'comment'));
      }
      if (entry.changes) {
        li.appendChild(text('div', '修改内容：' + entry.changes, 'changes'));
      }
    });
  });
}

/* 通知联系方式: the user's own e-mail and mobile (GET/PUT /api/my-contact); stored as typed or refused. */
const contactForm = document.getElementById('contact-form');
const contactAnswer = document.getElementById('contact-answer');
get('/api/my-contact').then(({ status, body }) => {
  if (status === 200) {
    contactForm.elements.email.value = body.email || '';
    contactForm.elements.mobile.value = body.mobile || '';
  }
});
contactForm.addEventListener('submit', event => {
  event.preventDefault();
  csrfReady.then(() => fetch('/api/my-contact', {
    method: 'PUT', credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken() },
    body: JSON.stringify({ email: contactForm.elements.email.value, mobile: contactForm.elements.mobile.value })
  })).then(response => response.json().catch(() => ({})).then(body => {
    contactAnswer.textContent = response.ok ? '已保存' : (body.message || '保存失败，请稍后重试');
    contactAnswer.className = response.ok ? 'ok' : 'error';
  })).catch(() => {
    contactAnswer.textContent = '无法连接服务器，请稍后重试';
    contactAnswer.className = 'error';
  });
});

STATUSES.forEach(([value, label]) => {
  const option = filters.elements.status.appendChild(text('option', label));
  option.value = value;
});
fetch('/api/programs', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  .then(response => (response.ok ? response.json() : { programs: [] }))
  .then(body => (body.programs || []).forEach(program => {
    const option = filters.elements.program.appendChild(text('option', program.title));
    option.value = program.key;
  }))
  .catch(() => {});
filters.addEventListener('submit', event => {
  event.preventDefault();
  load();
});
load();
