// The Embeddable Framework client page (index.html): everything starts from config.json.
// callback.html loads this same script and only hands the sign-in's answer to its opener.
import { languageFromLocale } from '@acd/shared';
import { showStartFailure } from '@acd/shared/embed';
import { runCallback } from './callback';
import { startEmbeddable } from './startEmbeddable';

const element = document.getElementById('agent-client');
if (element !== null) {
  startEmbeddable(element, window).catch((error: unknown) => {
    // The page's lang is the agent's once the framework has said it (startEmbeddable).
    showStartFailure(element, error, {
      language: languageFromLocale(document.documentElement.lang),
    });
  });
} else runCallback();
