// An example framework.js for the Embeddable Framework client, written the way one is
// written for the real platform: it defines window.Framework, and relays between the client
// (this frame) and the CRM page (the parent) by postMessage. Unlike many files in the wild it
// never posts to "*": messages go to the CRM's origin only, and only messages from that origin
// and that window are obeyed.
(function () {
  'use strict';

  // The CRM page that embeds the client. The client itself refuses to run under an origin
  // its config.json does not allow, so the parent's origin is one the deployer trusts.
  var ancestors = window.location.ancestorOrigins;
  var crmOrigin =
    ancestors && ancestors.length > 0
      ? ancestors[0]
      : document.referrer
        ? new URL(document.referrer).origin
        : null;

  var pending = new Map();
  var nextRequest = 1;

  function send(type, data) {
    if (crmOrigin === null) return;
    window.parent.postMessage({ source: 'acd-framework', type: type, data: data }, crmOrigin);
  }

  /** A request the CRM answers with { source: 'acd-crm', type: 'reply', requestId, ok, result }. */
  function request(type, data, onSuccess, onFailure) {
    var requestId = nextRequest++;
    pending.set(requestId, { onSuccess: onSuccess, onFailure: onFailure });
    data.requestId = requestId;
    send(type, data);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== crmOrigin || event.source !== window.parent) return;
    var message = event.data;
    if (!message || message.source !== 'acd-crm') return;
    var pc = window.PureCloud;
    switch (message.type) {
      case 'reply': {
        var waiting = pending.get(message.requestId);
        pending.delete(message.requestId);
        if (!waiting) return;
        if (message.ok) waiting.onSuccess(message.result);
        else waiting.onFailure(message.error);
        return;
      }
      case 'updateStatus':
        pc.User.updateStatus({ id: message.id });
        return;
      case 'updateState':
        pc.Interaction.updateState({ action: message.action, id: message.id });
        return;
      case 'addAssociation':
        pc.addAssociation(message.association);
        return;
      case 'addCustomAttributes':
        pc.addCustomAttributes({
          interactionId: message.interactionId,
          attributes: message.attributes,
        });
        return;
      case 'notifyUser':
        pc.User.Notification.notifyUser({ message: message.message, type: message.kind });
        return;
      case 'clickToDial':
        pc.clickToDial({ number: message.number, autoPlace: true });
        return;
      default:
        return;
    }
  });

  window.Framework = {
    config: {
      name: 'Example CRM',
      clientIds: {
        // The simulator's OAuth client for this example; a real file lists one per region.
        '127.0.0.1': 'example-crm-embeddable',
        localhost: 'example-crm-embeddable',
        'mypurecloud.com': '<your OAuth client id>',
      },
      customInteractionAttributes: ['PT_URLPop', 'PT_SearchValue'],
      settings: {
        // Voice-only settings a file for the real platform often carries: ignored here.
        embedWebRTCByDefault: true,
        hideWebRTCPopUpOption: false,
        enableCallLogs: true,
        hideCallLogSubject: false,
        hideCallLogContact: false,
        hideCallLogRelation: false,
        searchTargets: ['people', 'queues', 'frameworkcontacts'],
        theme: { primary: '#0b5cab', text: '#ffffff' },
      },
      helpLinks: {
        InteractionList: 'https://help.example.com/interactions',
        CallLog: 'https://help.example.com/call-logs',
      },
    },

    initialSetup: function () {
      window.PureCloud.subscribe([
        {
          type: 'Interaction',
          callback: function (category, interaction) {
            send('interaction', { category: category, interaction: interaction });
          },
        },
        {
          type: 'UserAction',
          callback: function (category, data) {
            send('userAction', { category: category, data: data });
          },
        },
        {
          type: 'Notification',
          callback: function (category, data) {
            send('notification', { category: category, data: data });
          },
        },
      ]);
      send('ready', {});
    },

    screenPop: function (searchString, interaction) {
      send('screenPop', { searchString: searchString, interaction: interaction });
    },

    processCallLog: function (callLog, interaction, eventName, onSuccess, onFailure) {
      request(
        'processCallLog',
        { callLog: callLog, interaction: interaction, eventName: eventName },
        onSuccess,
        onFailure,
      );
    },

    openCallLog: function (callLog, interaction) {
      send('openCallLog', { callLog: callLog, interaction: interaction });
    },

    contactSearch: function (searchString, onSuccess, onFailure) {
      request('contactSearch', { searchString: searchString }, onSuccess, onFailure);
    },
  };
})();
