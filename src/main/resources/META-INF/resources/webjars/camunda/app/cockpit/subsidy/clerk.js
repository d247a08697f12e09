/*
 * Cockpit as the district units (keji, caijin …) use it: they follow their programs'
 * applications and may change nothing. This script, loaded before Cockpit starts
 * (scripts/config.js, customScripts):
 *
 *  - shows times as YYYY-MM-DD HH:mm in local time (Cockpit's own date filter, and raw ISO
 *    times left in its tables), and "null" as — ;
 *  - puts the Chinese label of this application's variables beside their names, and shows
 *    variable types, true/false and the link to an object's value in Chinese;
 *  - rewrites the engine's English error messages in Cockpit's notifications into Chinese;
 *  - marks the page read-only (body class subsidy-read-only) for everyone who is not in
 *    camunda-admin, so that styles/user-styles.css hides the buttons that change anything
 *    (the server refuses those operations anyway), and hides the task-by-group report, which
 *    needs rights on every task that units do not have.
 *
 * Everything is written as text (text nodes, textContent), never as markup.
 */
import { ISO_TIMESTAMP, formatTimestamp } from './format.js';

/** The application's process variables and how a clerk calls them. */
export const VARIABLE_LABELS = Object.freeze({
  applicationNumber: '申请编号',
  programTitle: '奖补项目',
  policyEdition: '政策版本',
  enterpriseCode: '统一社会信用代码',
  enterpriseName: '申请企业',
  townshipName: '所属乡镇',
  applicationStatus: '申请状态',
  applicationStatusLabel: '申请状态（中文）',
  filingSummary: '申报内容',
  eligible: '符合奖补条件',
  awardAmount: '核定金额（元）',
  eligibilityNotes: '审查意见',
  returnComment: '退回修改意见',
  returnedBy: '退回环节',
  rejectionReason: '驳回理由',
  awardRecordId: '台账记录号',
  formLabels: '表单标签',
  applicantUserId: '申请人账号',
  townshipDecision: '乡镇核实结论',
  townshipComment: '乡镇核实意见',
  bureauDecision: '部门审批结论',
  bureauComment: '部门审批意见',
  certificationDecision: '重点企业认定结论',
  certificationComment: '重点企业认定意见',
  awardAmountText: '核定金额',
  applicationHistory: '办理记录',
  overdue: '已超过办理时限',
  overdueNote: '办理时限提醒',
  businessDateNote: '业务日期',
  figuresConfirmed: '已核对认定依据数据',
  offerNote: '免申即享提示',
  dataComparison: '与数据持有单位数据比对',
  dataCorrections: '数据更正提示',
  offerDecision: '申领意见',
  offerComment: '申领说明',
  correctionDecision: '复核结论',
  correctionComment: '复核意见',
  offerCursor: '匹配进度',
  offersMade: '已推送数量'
});

/** Camunda's variable types, as Cockpit's own Chinese names them. */
const TYPE_LABELS = Object.freeze({
  String: '字符串',
  Boolean: '布尔值',
  Integer: '整数',
  Long: '长整数',
  Short: '短整数',
  Double: '双精度浮点数',
  Date: '日期',
  Object: '对象',
  Null: '空值',
  Bytes: '二进制',
  File: '文件'
});

const BOOLEAN_LABELS = Object.freeze({ true: '是', false: '否' });

/** An object variable's Java type (java.util.LinkedHashMap<…>), which Cockpit shows as the link to its value. */
const JAVA_TYPE = /^[a-z][\w]*(?:\.[\w$]+)+(?:<.*>)?$/;

/**
 * The engine's English error messages that reach Cockpit's notifications, and what a clerk
 * reads instead. Authorization errors name the permissions that were missing: reading ones
 * (READ, READ_INSTANCE, READ_TASK …) mean the clerk may not see it, any other that they may not do it.
 */
const ERROR_MESSAGES = [
  { pattern: /does not have .*permission|Required admin authenticated group or user/i, chinese: permissionError },
  { pattern: /\bnot authorized\b|\bForbidden\b/i, chinese: () => '您无权执行此操作' },
  { pattern: /does not exist|not found|No \w+ found|Cannot find/i, chinese: () => '要查看的内容不存在或已办结' },
  { pattern: /Request failed|Network Error|Failed to fetch|timed out/i, chinese: () => '无法连接服务器，请检查网络后刷新页面' },
  { pattern: /Internal Server Error|unexpected error/i, chinese: () => '服务器处理出错，请稍后刷新页面重试' }
];

function permissionError(text) {
  const permissions = [...text.matchAll(/'([A-Z_]+)' permission/g)].map(match => match[1]);
  const reading = permissions.length > 0 && permissions.every(permission => permission.startsWith('READ'));
  return reading ? '您无权查看此内容' : '您无权执行此操作';
}

/** English names of things that Cockpit puts into its otherwise Chinese messages ("无法显示process definition"). */
const RESOURCE_NAMES = Object.freeze({
  'process definition': '流程定义',
  'process instance': '流程实例',
  'decision definition': '决策定义',
  'decision instance': '决策实例',
  'case definition': '案例定义',
  'case instance': '案例实例'
});
const RESOURCE_NAME = new RegExp(Object.keys(RESOURCE_NAMES).join('|'), 'g');
const HAN = /\p{Script=Han}/u;

/** The error every unit gets from the task-by-group report, which needs READ on every task. */
const READ_ALL_TASKS = /'READ' permission on resource '\*' of type 'Task'/;

const ADMIN_GROUP = 'camunda-admin';
const READ_ONLY = 'subsidy-read-only';

// where this Cockpit is served: /camunda/app/cockpit/<engine>/
const path = window.location.pathname;
const APP_ROOT = path.indexOf('/app/') >= 0 ? path.substring(0, path.indexOf('/app/')) : '/camunda';
const ENGINE = (path.split('/cockpit/')[1] || '').split('/')[0] || 'default';

/* ---------------------------------------------------------------- dates */

// Cockpit formats dates with its filter camDate, whose 'normal' format it sets to
// YYYY-MM-DD[T]HH:mm:ss; a configuration block registered after Cockpit's own replaces it.
// This script is loaded before Cockpit starts, so the block runs when Cockpit starts.
if (window.angular) {
  try {
    window.angular.module('cam.cockpit').config(['camDateFormatProvider', provider => {
      provider.setDateFormat('YYYY-MM-DD HH:mm', 'normal');
    }]);
  } catch (e) {
    console.warn('subsidy/clerk: Cockpit date format left as it is', e);
  }
}

/* ---------------------------------------------------------------- who is looking */

let readOnly = true; // until the server says otherwise
let checkedUser;

function setReadOnly(value) {
  readOnly = value;
  document.body.classList.toggle(READ_ONLY, value);
  schedule();
}

function getJson(url) {
  return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(response => (response.ok ? response.json() : null));
}

/** Asks who is logged in, and for a new user whether they are an administrator. */
function checkUser() {
  getJson(APP_ROOT + '/api/admin/auth/user/' + encodeURIComponent(ENGINE))
    .then(user => {
      const userId = user && user.userId;
      if (userId === checkedUser) {
        return;
      }
      checkedUser = userId;
      if (!userId) {
        setReadOnly(true);
        return;
      }
      return getJson(APP_ROOT + '/api/engine/engine/' + encodeURIComponent(ENGINE)
        + '/identity/groups?userId=' + encodeURIComponent(userId))
        .then(memberships => {
          const groups = (memberships && memberships.groups) || [];
          if (checkedUser === userId) {
            setReadOnly(!groups.some(group => group.id === ADMIN_GROUP));
          }
        });
    })
    .catch(() => setReadOnly(true));
}

/* ---------------------------------------------------------------- the page */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION']);

/** The text nodes under an element, outside form controls. */
function textNodes(element) {
  const nodes = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: node => {
      for (let parent = node.parentNode; parent && parent !== element; parent = parent.parentNode) {
        if (SKIPPED.has(parent.nodeName) || parent.isContentEditable) {
          return NodeFilter.FILTER_REJECT;
        }
      }
      return NodeFilter.FILTER_ACCEPT;
    }
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
  }
  return nodes;
}

/** Replaces the text of a node whose whole text (trimmed) has a replacement; Angular's bindings keep the node. */
function replaceWhole(node, replacement) {
  const text = node.nodeValue.trim();
  if (!text) {
    return;
  }
  const next = replacement(text);
  if (next != null && next !== text) {
    node.nodeValue = node.nodeValue.replace(text, next);
  }
}

function tableCellText(text) {
  if (text === 'null') {
    return '—';
  }
  return ISO_TIMESTAMP.test(text) ? formatTimestamp(text) : null;
}

/** Times and nulls in every table cell; types and booleans in variables tables. */
function tidyTables(root) {
  root.querySelectorAll('table td, table th').forEach(cell => {
    const type = cell.classList.contains('col-type');
    const bool = cell.classList.contains('col-value') && cell.classList.contains('type-boolean');
    const object = cell.classList.contains('col-value') && cell.classList.contains('type-object');
    textNodes(cell).forEach(node => replaceWhole(node, text =>
      (type && TYPE_LABELS[text]) || (bool && BOOLEAN_LABELS[text])
        || (object && JAVA_TYPE.test(text) ? '查看内容' : null) || tableCellText(text)));
  });
  root.querySelectorAll('.null-value').forEach(element => {
    if (!element.closest('table')) {
      textNodes(element).forEach(node => replaceWhole(node, text => (text === 'null' ? '无' : null)));
    }
  });
  // the variables table's last column header is English in Camunda's template
  root.querySelectorAll('thead .actions').forEach(cell =>
    textNodes(cell).forEach(node => replaceWhole(node, text => (text === 'Actions' ? '操作' : null))));
}

/** The Chinese label beside each of the application's variable names. */
function labelVariables(root) {
  root.querySelectorAll('td.col-name').forEach(cell => {
    const name = cell.querySelector('[cam-widget-clipboard] [ng-transclude], [cam-widget-clipboard]');
    const variable = name ? name.textContent.trim() : '';
    const chinese = Object.prototype.hasOwnProperty.call(VARIABLE_LABELS, variable) ? VARIABLE_LABELS[variable] : null;
    let label = cell.querySelector(':scope > .subsidy-variable-label');
    if (!chinese) {
      if (label) {
        label.remove();
      }
      return;
    }
    if (!label) {
      label = document.createElement('span');
      label.className = 'subsidy-variable-label';
      cell.insertBefore(label, cell.firstChild);
    }
    if (label.textContent !== chinese) {
      label.textContent = chinese;
    }
  });
}

/** The engine's English messages in notifications and alerts, in Chinese. */
function translateErrors(root) {
  root.querySelectorAll('.alert').forEach(alert => {
    textNodes(alert).forEach(node => {
      const text = node.nodeValue.trim();
      if (!/[A-Za-z]{3}/.test(text)) {
        return;
      }
      if (HAN.test(text)) {
        RESOURCE_NAME.lastIndex = 0;
        if (RESOURCE_NAME.test(text)) {
          node.nodeValue = node.nodeValue.replace(RESOURCE_NAME, name => RESOURCE_NAMES[name]);
        }
        return;
      }
      const known = ERROR_MESSAGES.find(message => message.pattern.test(text));
      if (!known) {
        return;
      }
      node.nodeValue = known.chinese(text);
      if (READ_ALL_TASKS.test(text)) {
        alert.setAttribute('data-subsidy-read-all-tasks', '');
      }
      if (!readOnly && !alert.title) {
        alert.title = text; // the engine's own words, for an administrator who hovers over it
      }
    });
    // a unit cannot read every task, so the task-by-group report always fails for them: not news
    if (readOnly && alert.hasAttribute('data-subsidy-read-all-tasks')) {
      const close = alert.querySelector('button.close:not(.ng-hide)');
      if (close) {
        close.click();
      }
    }
  });
}

/** Reports that need rights units do not have: marked, and hidden by the styles for read-only users. */
function markUnavailable(root) {
  root.querySelectorAll('#task-group-counts').forEach(table => {
    const section = table.closest('section');
    if (section && !section.classList.contains('subsidy-needs-admin')) {
      section.classList.add('subsidy-needs-admin');
    }
  });
}

function tidy() {
  const root = document.body;
  translateErrors(root);
  labelVariables(root);
  tidyTables(root);
  markUnavailable(root);
}

let scheduled = false;

function schedule() {
  if (!scheduled) {
    scheduled = true;
    window.requestAnimationFrame(() => {
      scheduled = false;
      observer.disconnect();
      try {
        tidy();
      } finally {
        observe();
      }
    });
  }
}

const observer = new MutationObserver(schedule);

function observe() {
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

function start() {
  document.body.classList.add(READ_ONLY);
  observe();
  checkUser();
  // Cockpit logs in and out without reloading the page: ask again when the view changes
  window.addEventListener('hashchange', checkUser);
  schedule();
}

if (document.body) {
  start();
} else {
  document.addEventListener('DOMContentLoaded', start);
}
