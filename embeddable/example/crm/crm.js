// The example CRM page: contacts, screen pop, call-log records and agent controls, talking to
// the embedded client's framework.js by postMessage. It only listens to the client's origin
// and frame, and only posts to that origin.
(function () {
  'use strict';

  var contacts = [
    { id: 'C-001', name: 'Aiko Tanaka', email: 'aiko.tanaka@example.com' },
    { id: 'C-002', name: 'Ben Carter', email: 'ben.carter@example.com' },
    { id: 'C-003', name: 'Chris Lee (home)', email: 'chris.lee@example.com' },
    { id: 'C-004', name: 'Chris Lee (work)', email: 'chris.lee@example.com' },
  ];
  var callLogs = [];
  var nextLogNumber = 1;
  var current = null;

  var frame = document.getElementById('agent-frame');
  var clientUrl = frame.getAttribute('data-client-url');
  var clientOrigin = new URL(clientUrl).origin;
  frame.src = clientUrl;

  function $(id) {
    return document.getElementById(id);
  }

  function post(message) {
    message.source = 'acd-crm';
    frame.contentWindow.postMessage(message, clientOrigin);
  }

  function logEvent(text) {
    var item = document.createElement('li');
    item.textContent = text;
    $('events').append(item);
  }

  function renderContacts(openedIds) {
    $('contacts').replaceChildren.apply(
      $('contacts'),
      contacts.map(function (contact) {
        var item = document.createElement('li');
        item.id = 'contact-' + contact.id;
        item.textContent = contact.name + ' <' + contact.email + '>';
        if (openedIds.indexOf(contact.id) >= 0) item.className = 'opened';
        return item;
      }),
    );
  }

  function renderLogs() {
    $('call-logs').replaceChildren.apply(
      $('call-logs'),
      callLogs.map(function (log) {
        var item = document.createElement('li');
        item.id = 'log-' + log.id;
        item.textContent =
          log.id +
          ': ' +
          log.customer +
          ' [' +
          log.events.join(', ') +
          ']' +
          (log.contact ? ' contact ' + log.contact : '') +
          (log.notes ? ' notes: ' + log.notes : '');
        return item;
      }),
    );
  }

  function matches(searchString) {
    var needle = String(searchString || '').toLowerCase();
    return contacts.filter(function (c) {
      return c.email.toLowerCase() === needle || c.name.toLowerCase() === needle;
    });
  }

  function associate(contact, interactionId) {
    post({
      type: 'addAssociation',
      association: {
        type: 'contact',
        id: contact.id,
        text: contact.name,
        select: true,
        interactionId: interactionId,
      },
    });
    renderContacts([contact.id]);
    $('screen-pop').textContent = 'Opened ' + contact.name + '.';
  }

  function screenPop(searchString, interaction) {
    var found = matches(searchString);
    var box = $('screen-pop');
    if (found.length === 0) {
      renderContacts([]);
      box.textContent = 'No contact matches ' + searchString + '.';
      return;
    }
    if (found.length === 1) {
      associate(found[0], interaction.id);
      return;
    }
    renderContacts(
      found.map(function (c) {
        return c.id;
      }),
    );
    box.replaceChildren(
      document.createTextNode(found.length + ' contacts match ' + searchString + ': '),
    );
    found.forEach(function (contact) {
      var choose = document.createElement('button');
      choose.type = 'button';
      choose.textContent = 'Choose ' + contact.name;
      choose.addEventListener('click', function () {
        associate(contact, interaction.id);
      });
      box.append(choose);
    });
  }

  function processCallLog(data) {
    if ($('fail-next-log').checked) {
      $('fail-next-log').checked = false;
      logEvent('processCallLog ' + data.eventName + ' refused');
      post({
        type: 'reply',
        requestId: data.requestId,
        ok: false,
        error: 'The CRM refused the call log',
      });
      return;
    }
    var log = null;
    if (data.callLog.id) {
      log =
        callLogs.filter(function (l) {
          return l.id === data.callLog.id;
        })[0] || null;
    }
    if (log === null) {
      log = { id: 'LOG-' + nextLogNumber++, customer: data.interaction.name, events: [] };
      callLogs.push(log);
    }
    log.events.push(data.eventName);
    if (data.callLog.notes) log.notes = data.callLog.notes;
    if (data.callLog.selectedContact) log.contact = data.callLog.selectedContact.text;
    renderLogs();
    logEvent(
      'processCallLog ' + data.eventName + (data.callLog.id ? ' id ' + data.callLog.id : ' (new)'),
    );
    post({ type: 'reply', requestId: data.requestId, ok: true, result: { id: log.id } });
  }

  function updateControls() {
    $('current-chat').textContent = current ? current.name + ' (' + current.state + ')' : 'none';
    $('pick-up').disabled = !(current && current.state === 'ALERTING');
    $('disconnect').disabled = !(current && current.isConnected);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== clientOrigin || event.source !== frame.contentWindow) return;
    var message = event.data;
    if (!message || message.source !== 'acd-framework') return;
    var data = message.data || {};
    switch (message.type) {
      case 'ready':
        logEvent('client ready');
        return;
      case 'interaction': {
        var interaction = data.category === 'change' ? data.interaction.new : data.interaction;
        logEvent('Interaction ' + data.category + ' ' + (interaction ? interaction.name : ''));
        if (interaction && data.category !== 'deallocate') current = interaction;
        if (
          data.category === 'deallocate' &&
          current &&
          interaction &&
          current.id === interaction.id
        )
          current = null;
        updateControls();
        return;
      }
      case 'userAction':
        logEvent('UserAction ' + data.category + ' ' + (data.data && data.data.id));
        return;
      case 'notification':
        logEvent('Notification ' + (data.data && data.data.message));
        return;
      case 'screenPop':
        logEvent('screenPop ' + data.searchString);
        screenPop(data.searchString, data.interaction);
        return;
      case 'processCallLog':
        processCallLog(data);
        return;
      case 'contactSearch':
        post({
          type: 'reply',
          requestId: data.requestId,
          ok: true,
          result: matches(data.searchString).map(function (c) {
            return { id: c.id, name: c.name, email: c.email, type: 'contact' };
          }),
        });
        return;
      case 'openCallLog':
        $('opened-log').textContent = 'Opened call log ' + (data.callLog && data.callLog.id);
        return;
      default:
        return;
    }
  });

  $('on-queue').addEventListener('click', function () {
    post({ type: 'updateStatus', id: 'ON_QUEUE' });
  });
  $('pick-up').addEventListener('click', function () {
    if (current) post({ type: 'updateState', action: 'pickup', id: current.id });
  });
  $('disconnect').addEventListener('click', function () {
    if (current) post({ type: 'updateState', action: 'disconnect', id: current.id });
  });

  renderContacts([]);
  updateControls();
})();
