/*
 * Cockpit page 数据导入 (#/data-imports, linked from the header beside 流程、决策、人工任务): where a
 * data holder (惠安供电公司 gongdian, 燃气 ranqi …) uploads its dataset for 免申即享. The page asks
 * the application's GET /api/data-imports, which answers each user with the datasets they may
 * import (their holder's; all for an administrator) and the past imports of those; it shows each
 * dataset's columns in order, a file picker (CSV in UTF-8 or XLSX) and 导入, which posts the file
 * (POST /api/data-imports/{dataset}, multipart field file, with the webapps' CSRF token). The
 * answer is shown as the server gave it: what was imported, the rows of enterprises not registered
 * in the zone, or every problem of a refused file by row and column. The server decides who may
 * import what; this page only offers it. Every value is set as text, never as markup.
 */
import { formatTimestamp } from './format.js';

const PATH = '/data-imports';

const HISTORY_COLUMNS = [
  ['importedAt', '时间'],
  ['dataset', '数据集'],
  ['fileName', '文件'],
  ['importedBy', '导入人'],
  ['rows', '行数'],
  ['added', '新增'],
  ['unchanged', '未变'],
  ['corrected', '更正'],
  ['unregistered', '未登记']
];

const PROBLEM_COLUMNS = ['行号', '列', '问题'];

const NO_FILE = '未选择文件';

/** What the page says when the server's refusal brings no message of its own. */
const STATUS_MESSAGES = {
  401: '登录已失效，请重新登录后再导入',
  403: '您无权导入此数据集',
  404: '没有这个数据集',
  413: '文件过大，未导入：请分批上传'
};

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

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

/** The answer's status and its JSON body ({} when it has none). */
function answerOf(response) {
  return response.json().catch(() => ({})).then(body => ({ ok: response.ok, status: response.status, body: body || {} }));
}

function table(headers, className) {
  const result = element('table', null, 'table table-striped table-condensed ' + className);
  const head = element('tr');
  headers.forEach(label => head.appendChild(element('th', label)));
  result.appendChild(element('thead')).appendChild(head);
  result.appendChild(element('tbody'));
  return result;
}

function rowLabel(row) {
  return row > 0 ? '第' + row + '行' : '整个文件';
}

/** A refused file: the message and each problem by row and column. */
function refusal(report) {
  const box = element('div', null, 'alert alert-danger subsidy-import-result');
  box.setAttribute('role', 'alert');
  box.appendChild(element('p', report.message || '文件有问题，未导入任何数据'));
  const problems = Array.isArray(report.problems) ? report.problems : [];
  if (problems.length) {
    const list = table(PROBLEM_COLUMNS, 'subsidy-import-problems');
    const body = list.querySelector('tbody');
    problems.forEach(problem => {
      const line = element('tr');
      line.setAttribute('data-row', String(problem.row));
      line.append(element('td', rowLabel(problem.row)), element('td', problem.column || '—'),
        element('td', problem.message));
      body.appendChild(line);
    });
    box.appendChild(list);
  }
  return box;
}

/** An import done (or a file identical to what was imported): the counts and the unregistered rows. */
function done(report) {
  const unregistered = Array.isArray(report.unregistered) ? report.unregistered : [];
  const box = element('div', null, 'alert subsidy-import-result '
    + (report.outcome === 'IMPORTED' ? 'alert-success' : 'alert-info'));
  box.setAttribute('role', 'status');
  box.appendChild(element('p', report.message));
  const counts = element('ul', null, 'list-inline subsidy-import-counts');
  [['共', report.rows, '行'], ['新增', report.added, '条'], ['未变', report.unchanged, '条'],
    ['更正', report.corrected, '条'], ['未登记', unregistered.length, '行']].forEach(([label, count, unit]) =>
    counts.appendChild(element('li', label + ' ' + (count == null ? 0 : count) + ' ' + unit)));
  box.appendChild(counts);
  if (unregistered.length) {
    const list = element('ul', null, 'subsidy-import-unregistered');
    unregistered.forEach(entry => list.appendChild(element('li', rowLabel(entry.row) + ' '
      + (entry.column || '统一社会信用代码') + ' ' + entry.creditCode + ' 未在本区登记，未导入')));
    box.appendChild(list);
  }
  return box;
}

function failure(message) {
  const box = element('div', message, 'alert alert-danger subsidy-import-result');
  box.setAttribute('role', 'alert');
  return box;
}

/** One dataset: its title, id and columns, a file picker and 导入. */
function datasetPanel(dataset, afterImport) {
  const panel = element('div', null, 'panel panel-default subsidy-import-dataset');
  panel.setAttribute('data-dataset', dataset.id);
  const heading = element('div', null, 'panel-heading');
  heading.append(element('strong', dataset.title), ' ', element('code', dataset.id));
  panel.appendChild(heading);

  const body = panel.appendChild(element('div', null, 'panel-body'));
  body.appendChild(element('p', '文件第一行为列标题，依次为：', 'subsidy-import-hint'));
  const columns = element('ol', null, 'subsidy-import-columns');
  (dataset.columns || []).forEach(header => columns.appendChild(element('li', header)));
  body.appendChild(columns);

  // the browser's own file input names its button in the browser's language: a Chinese one instead
  const form = element('form', null, 'form-inline subsidy-import-form');
  const picker = element('label', '选择文件', 'btn btn-default btn-sm subsidy-import-pick');
  picker.title = '选择CSV（UTF-8编码）或XLSX文件';
  const file = element('input');
  file.type = 'file';
  file.name = 'file';
  file.accept = '.csv,.xlsx';
  picker.appendChild(file);
  const chosenName = element('span', NO_FILE, 'subsidy-import-file-name text-muted');
  const submit = element('button', '导入', 'btn btn-primary btn-sm');
  submit.type = 'submit';
  form.append(picker, ' ', chosenName, ' ', submit);
  body.appendChild(form);
  const result = body.appendChild(element('div', null, 'subsidy-import-answer'));

  function showChosen() {
    const chosen = file.files && file.files[0];
    chosenName.textContent = chosen ? chosen.name : NO_FILE;
    chosenName.classList.toggle('text-muted', !chosen);
  }
  file.addEventListener('change', showChosen);

  form.addEventListener('submit', event => {
    event.preventDefault();
    result.textContent = '';
    const chosen = file.files && file.files[0];
    if (!chosen) {
      result.appendChild(failure('请先选择要导入的CSV或XLSX文件'));
      return;
    }
    const data = new FormData();
    data.append('file', chosen, chosen.name);
    submit.disabled = true;
    submit.textContent = '正在导入…';
    fetch('/api/data-imports/' + encodeURIComponent(dataset.id), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() },
      body: data
    })
      .then(answerOf)
      .then(({ ok, status, body: report }) => {
        if (report.outcome === 'REFUSED') {
          result.appendChild(refusal(report));
        } else if (ok && (report.outcome === 'IMPORTED' || report.outcome === 'UNCHANGED')) {
          result.appendChild(done(report));
          form.reset();
          showChosen();
          afterImport();
        } else {
          result.appendChild(failure(report.message || STATUS_MESSAGES[status]
            || '导入失败（HTTP ' + status + '），请稍后重试'));
        }
      })
      .catch(() => result.appendChild(failure('导入失败：无法连接服务器，请检查网络后重试')))
      .finally(() => {
        submit.disabled = false;
        submit.textContent = '导入';
      });
  });
  return panel;
}

/** The past imports of the user's datasets, newest first. */
function history(imports, titles) {
  const result = table(HISTORY_COLUMNS.map(([, label]) => label), 'subsidy-import-history');
  const body = result.querySelector('tbody');
  imports.forEach(entry => {
    const line = element('tr');
    line.setAttribute('data-import-id', String(entry.id));
    HISTORY_COLUMNS.forEach(([key]) => {
      const text = key === 'importedAt' ? formatTimestamp(entry.importedAt)
        : key === 'dataset' ? titles[entry.dataset] || entry.dataset : entry[key];
      const cell = line.appendChild(element('td', text));
      if (['rows', 'added', 'unchanged', 'corrected', 'unregistered'].includes(key)) {
        cell.className = 'subsidy-count';
      }
    });
    body.appendChild(line);
  });
  return result;
}

function render(node) {
  node.textContent = '';
  const section = element('section', null, 'subsidy-imports');
  section.appendChild(element('h3', '数据导入'));
  const status = element('p', '加载中…');
  const datasets = element('div', null, 'subsidy-import-datasets');
  const past = element('div', null, 'subsidy-import-past');
  section.append(status, datasets, past);
  node.appendChild(section);

  let shown = false;

  function showHistory(imports, titles) {
    past.textContent = '';
    past.appendChild(element('h4', '最近的导入'));
    if (!imports.length) {
      past.appendChild(element('p', '暂无导入记录。', 'text-muted'));
      return;
    }
    past.appendChild(element('p', '共 ' + imports.length + ' 次' + (imports.length >= 200 ? '（仅显示最近200次）' : ''),
      'text-muted'));
    past.appendChild(history(imports, titles));
  }

  function load() {
    fetch('/api/data-imports', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(answerOf)
      .then(({ ok, status: code, body }) => {
        if (!ok) {
          throw new Error(body.message || STATUS_MESSAGES[code] || 'HTTP ' + code);
        }
        const list = Array.isArray(body.datasets) ? body.datasets : [];
        const imports = Array.isArray(body.imports) ? body.imports : [];
        const titles = {};
        list.forEach(dataset => {
          titles[dataset.id] = dataset.title;
        });
        if (list.length === 0) {
          status.textContent = '您不是任何数据集的持有单位，不能导入数据。';
          datasets.textContent = '';
          past.textContent = '';
          return;
        }
        status.textContent = '请选择CSV（UTF-8编码）或XLSX文件导入。文件有任何问题时整份不导入，并逐行列出问题；'
          + '再次导入相同数据不作更改，数值不同的按更正处理。';
        if (!shown) {
          // the panels keep the answer of the last import; only the history is refreshed after one
          shown = true;
          list.forEach(dataset => datasets.appendChild(datasetPanel(dataset, load)));
        }
        showHistory(imports, titles);
      })
      .catch(error => {
        status.textContent = '数据导入页面加载失败：' + error.message;
      });
  }

  load();
}

/** 数据导入 in Cockpit's header, marked active on its page. */
function renderLink(node) {
  node.textContent = '';
  const link = element('a', '数据导入', 'subsidy-imports-link');
  link.href = '#' + PATH;
  node.appendChild(link);
}

export default [
  {
    id: 'subsidy.imports',
    pluginPoint: 'cockpit.route',
    properties: { path: PATH },
    render
  },
  {
    id: 'subsidy.imports.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 10,
    checkActive: url => url.indexOf('#' + PATH) >= 0,
    render: renderLink
  }
];
