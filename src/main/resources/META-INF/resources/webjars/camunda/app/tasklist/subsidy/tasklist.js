/*
 * Tasklist as a clerk finds work in it (loaded before Tasklist starts: scripts/config.js):
 *  - the task list is sorted by due date (办理期限) unless the user chose another order;
 *  - what is typed into the first search box finds tasks by application number (申请编号),
 *    enterprise name or task name, instead of by task name only;
 *  - a 填报申请 task offers 放弃申请, which asks the server to discard the draft (the server
 *    decides who may: POST /api/applications/{number}/discard);
 *  - on a phone an open task takes the screen (styles/user-styles.css), with 返回任务列表;
 *  - 发起流程 leaves out the programs that are not in their filing window on the business date
 *    (GET /api/programs), naming them and their windows; the server refuses them anyway;
 *  - the header links to 我的申请 (/my-applications/), where a user follows applications;
 *  - a 填报申请 task shows 申报材料 above its form: the documents the edition requires or allows,
 *    those uploaded, and a file picker for each (GET/POST /api/applications/{number}/documents).
 * Everything is written as text, never as markup.
 */
const DUE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }, { sortBy: 'created', sortOrder: 'desc' }]);

let $location;
let $rootScope;

if (window.angular) {
  try {
    window.angular.module('cam.tasklist').run(['$rootScope', '$location', (rootScope, location) => {
      $rootScope = rootScope;
      $location = location;
      // before the task list reads the URL: a list without a chosen order is sorted by due date
      rootScope.$on('$locationChangeSuccess', () => {
        document.body.classList.toggle('subsidy-task-open', Boolean((location.search() || {}).task));
      });
      rootScope.$on('$locationChangeStart', () => {
        const search = location.search() || {};
        if ((location.path() === '/' || location.path() === '') && !search.sorting) {
          location.search('sorting', DUE_FIRST).replace();
        }
      });
    }]);
  } catch (e) {
    console.warn('subsidy/tasklist: Tasklist left as it is', e);
  }
}

/* ------------------------------------------------------------ search by application number */

/** The searches the first search box makes of a text: number, enterprise or task name, any of them. */
function searchesFor(text) {
  return [
    { type: 'processInstanceBusinessKey', operator: 'Like', value: text, name: '' },
    { type: 'processVariables', operator: 'like', value: text, name: 'enterpriseName' },
    { type: 'name', operator: 'Like', value: text, name: '' }
  ];
}

function onSearchKey(event) {
  const input = event.target;
  if (event.key !== 'Enter' || !input || !input.matches || !input.matches('[cam-widget-search] input.main-field')) {
    return;
  }
  const text = (input.value || '').trim();
  if (!text || !$location || !$rootScope) {
    return;
  }
  event.preventDefault();
  event.stopPropagation();
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.blur();
  $rootScope.$apply(() => {
    $location.search('searchQuery', JSON.stringify(searchesFor(text)));
    $location.search('searchOrQuery', true);
  });
}

document.addEventListener('keydown', onSearchKey, true);

/* ------------------------------------------------------------ 放弃申请 */

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

/** The open task's form: its title and the value of its 申请编号 field. */
function openFiling() {
  const task = document.querySelector('[cam-tasklist-task]');
  if (!task) {
    return null;
  }
  const title = task.querySelector('.names h2, .task-details h2, h2');
  if (!title || title.textContent.trim().indexOf('填报申请') !== 0) {
    return null;
  }
  const field = Array.from(task.querySelectorAll('.fjs-form-field')).find(candidate => {
    const label = candidate.querySelector('label');
    return label && label.textContent.trim() === '申请编号';
  });
  const input = field && field.querySelector('input');
  return input && input.value ? { task, number: input.value } : null;
}

/** A message that outlives the task form it came from (a discarded draft's form closes). */
function notice(text, danger) {
  document.querySelectorAll('.subsidy-notice').forEach(old => old.remove());
  const box = document.createElement('div');
  box.className = 'subsidy-notice alert ' + (danger ? 'alert-danger' : 'alert-success');
  box.setAttribute('role', 'alert');
  box.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = '×';
  close.addEventListener('click', () => box.remove());
  box.appendChild(close);
  document.body.appendChild(box);
  window.setTimeout(() => box.remove(), danger ? 20000 : 8000);
}

/**
 * Asks on the page before discarding (the webapps' content security policy forbids the
 * browser's own confirm dialog).
 */
function askToDiscard(number, bar) {
  if (bar.querySelector('.subsidy-discard-confirm')) {
    return;
  }
  const question = document.createElement('div');
  question.className = 'subsidy-discard-confirm alert alert-warning';
  const text = document.createElement('span');
  text.textContent = '确定放弃申请' + number + '吗？放弃后草稿关闭，不能恢复；如需申请可重新发起。';
  const yes = document.createElement('button');
  yes.type = 'button';
  yes.className = 'btn btn-danger btn-sm';
  yes.textContent = '确认放弃';
  const no = document.createElement('button');
  no.type = 'button';
  no.className = 'btn btn-link btn-sm';
  no.textContent = '取消';
  yes.addEventListener('click', () => {
    question.remove();
    discard(number);
  });
  no.addEventListener('click', () => question.remove());
  question.append(text, ' ', yes, no);
  bar.appendChild(question);
}

function discard(number) {
  fetch('/api/applications/' + encodeURIComponent(number) + '/discard', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() }
  })
    .then(response => response.json().catch(() => ({})).then(body => ({ ok: response.ok, body })))
    .then(({ ok, body }) => {
      notice(ok ? '申请' + number + '已放弃' : (body.message || '放弃申请失败，请稍后再试'), !ok);
      if (ok && $location && $rootScope) {
        $rootScope.$apply(() => $location.search('task', null));
      }
    })
    .catch(() => notice('放弃申请失败：无法连接服务器', true));
}

/** 返回任务列表 above an open task, shown on a phone only. */
function addBackButton() {
  const header = document.querySelector('.column-right > .three-cols-layout-cell.top');
  if (!header || header.querySelector('.subsidy-back-to-list')) {
    return;
  }
  const back = document.createElement('button');
  back.type = 'button';
  back.className = 'btn btn-default btn-sm subsidy-back-to-list';
  back.textContent = '← 返回任务列表';
  back.addEventListener('click', () => {
    if ($location && $rootScope) {
      $rootScope.$apply(() => $location.search('task', null));
    }
  });
  header.insertBefore(back, header.firstChild);
}

function addDiscardButton() {
  const filing = openFiling();
  if (!filing) {
    return;
  }
  const form = filing.task.querySelector('.fjs-container, form');
  if (!form || filing.task.querySelector('.subsidy-discard[data-number="' + CSS.escape(filing.number) + '"]')) {
    return;
  }
  filing.task.querySelectorAll('.subsidy-discard-bar').forEach(old => old.remove());
  const bar = document.createElement('div');
  bar.className = 'subsidy-discard-bar';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn-default btn-sm subsidy-discard';
  button.dataset.number = filing.number;
  button.textContent = '放弃申请';
  button.title = '关闭这份尚未提交的申请';
  button.addEventListener('click', () => askToDiscard(filing.number, bar));
  bar.appendChild(button);
  form.insertAdjacentElement('beforebegin', bar);
}

let programs = null;
let programsAsked = 0;
function closedPrograms() {
  if (Date.now() - programsAsked > 60000) {
    programsAsked = Date.now();
    fetch('/api/programs', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((answer) => (answer.ok ? answer.json() : null))
      .then((body) => {
        programs = body && body.programs ? body.programs.filter((p) => !p.open) : [];
        schedule();
      })
      .catch(() => {});
  }
  return programs;
}

function hideClosedPrograms() {
  const dialog = document.querySelector('.modal-dialog');
  const links = dialog ? Array.from(dialog.querySelectorAll('.modal-body li a')) : [];
  if (links.length === 0) {
    return;
  }
  const closed = closedPrograms();
  if (!closed || closed.length === 0) {
    return;
  }
  const titles = new Set(closed.map((p) => p.title));
  links.forEach((link) => {
    const item = link.closest('li');
    if (item && titles.has(link.textContent.trim())) {
      item.style.display = 'none';
      item.classList.add('subsidy-closed-program');
    }
  });
  if (!dialog.querySelector('.subsidy-closed-note')) {
    const note = document.createElement('p');
    note.className = 'subsidy-closed-note text-muted';
    note.textContent = '以下项目不在受理期内，暂不列出：' + closed.map((p) => p.title + '（' + p.windows + '）').join('；');
    const list = links[0].closest('ul');
    if (list) {
      list.insertAdjacentElement('afterend', note);
    }
  }
}

/* ------------------------------------------------------------ 申报材料 */

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

function renderDocuments(panel, number) {
  fetch('/api/applications/' + encodeURIComponent(number) + '/documents',
    { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(response => (response.ok ? response.json() : null))
    .then(body => {
      if (!body) {
        return;
      }
      panel.textContent = '';
      panel.appendChild(element('h4', '申报材料'));
      panel.appendChild(element('p', '请上传PDF、JPEG、PNG或OFD文件，每份不超过10MB。标“必需”的材料齐全后方可提交。',
        'text-muted'));
      body.kinds.forEach(kind => {
        const row = panel.appendChild(element('div', null, 'subsidy-document-kind'));
        row.dataset.kind = kind.kind;
        row.appendChild(element('strong', kind.label));
        row.appendChild(element('span', kind.required ? '（必需）' : '（可选）',
          kind.required && !kind.uploaded ? 'text-danger' : 'text-muted'));
        body.documents.filter(doc => doc.kind === kind.kind).forEach(doc => {
          const link = row.appendChild(element('a', doc.fileName, 'subsidy-document-file'));
          link.href = '/api/documents/' + encodeURIComponent(doc.id);
        });
        // the browser's own file input names its button in the browser's language: a Chinese one instead
        const pick = row.appendChild(element('label', '选择文件', 'btn btn-default btn-xs subsidy-document-pick'));
        const picker = pick.appendChild(document.createElement('input'));
        picker.type = 'file';
        picker.accept = '.pdf,.jpg,.jpeg,.png,.ofd';
        picker.setAttribute('aria-label', kind.label);
        const chosenName = row.appendChild(element('span', '未选择文件', 'subsidy-document-chosen text-muted'));
        picker.addEventListener('change', () => {
          const chosen = picker.files && picker.files[0];
          chosenName.textContent = chosen ? chosen.name : '未选择文件';
        });
        const send = row.appendChild(element('button', '上传', 'btn btn-default btn-xs subsidy-document-upload'));
        send.type = 'button';
        const answer = row.appendChild(element('span', '', 'subsidy-document-answer'));
        send.addEventListener('click', () => {
          const chosen = picker.files && picker.files[0];
          if (!chosen) {
            answer.textContent = '请先选择文件';
            answer.className = 'subsidy-document-answer text-danger';
            return;
          }
          const data = new FormData();
          data.append('file', chosen, chosen.name);
          send.disabled = true;
          fetch('/api/applications/' + encodeURIComponent(number) + '/documents?kind=' + encodeURIComponent(kind.kind), {
            method: 'POST', credentials: 'same-origin', body: data,
            headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() }
          })
            .then(response => response.json().catch(() => ({})).then(result => ({ ok: response.ok, result })))
            .then(({ ok, result }) => {
              if (ok) {
                renderDocuments(panel, number);
              } else {
                answer.textContent = result.message || '上传失败，请稍后再试';
                answer.className = 'subsidy-document-answer text-danger';
              }
            })
            .catch(() => {
              answer.textContent = '上传失败：无法连接服务器';
              answer.className = 'subsidy-document-answer text-danger';
            })
            .finally(() => {
              send.disabled = false;
            });
        });
      });
    })
    .catch(() => {});
}

function addDocumentsPanel() {
  const filing = openFiling();
  if (!filing) {
    return;
  }
  const form = filing.task.querySelector('.fjs-container, form');
  if (!form || filing.task.querySelector('.subsidy-documents[data-number="' + CSS.escape(filing.number) + '"]')) {
    return;
  }
  filing.task.querySelectorAll('.subsidy-documents').forEach(old => old.remove());
  const panel = element('div', '加载申报材料…', 'subsidy-documents well well-sm');
  panel.dataset.number = filing.number;
  form.insertAdjacentElement('beforebegin', panel);
  renderDocuments(panel, filing.number);
}

/* ------------------------------------------------------------ 我的申请 in the header */

function addMyApplicationsLink() {
  const header = document.querySelector('[cam-widget-header]');
  if (!header || header.querySelector('.subsidy-my-applications')) {
    return;
  }
  const link = document.createElement('a');
  link.className = 'subsidy-my-applications';
  link.href = '/my-applications/';
  link.textContent = '我的申请';
  const menu = header.querySelector('.app-menu ul, nav.cam-nav ul');
  if (menu) {
    const item = document.createElement('li');
    item.appendChild(link);
    menu.insertBefore(item, menu.firstChild);
  } else {
    (header.querySelector('.navbar-header') || header).appendChild(link);
  }
}

let planned = false;
function schedule() {
  if (!planned) {
    planned = true;
    window.requestAnimationFrame(() => {
      planned = false;
      addBackButton();
      addDiscardButton();
      addDocumentsPanel();
      addMyApplicationsLink();
      hideClosedPrograms();
    });
  }
}

new MutationObserver(schedule).observe(document.documentElement, { childList: true, subtree: true });

export default [];
