// Contact/Lead lookup by email through the GraphQL wire adapter. A wire is reactive, not
// callable, so searches are queued: each sets the wire's variables and waits for its answer.
import { gql } from 'lightning/graphql';

export const PEOPLE_BY_EMAIL = gql`
  query acdPeopleByEmail($email: Email) {
    uiapi {
      query {
        Contact(where: { Email: { eq: $email } }, first: 10) {
          edges {
            node {
              Id
              Name {
                value
              }
              Email {
                value
              }
            }
          }
        }
        Lead(where: { Email: { eq: $email }, IsConverted: { eq: false } }, first: 10) {
          edges {
            node {
              Id
              Name {
                value
              }
              Email {
                value
              }
            }
          }
        }
      }
    }
  }
`;

// A wire that never answers (offline, revoked access) must not hold the screen pop forever.
export const SEARCH_TIMEOUT_MS = 15000;

function people(connection, kind) {
  const edges = (connection && connection.edges) || [];
  return edges.map(({ node }) => ({
    id: node.Id,
    kind,
    name: (node.Name && node.Name.value) || node.Id,
    email: node.Email && node.Email.value,
  }));
}

/** Contacts first, then Leads: an existing customer usually matters more than a prospect. */
export function peopleFromResult(data) {
  const query = data && data.uiapi && data.uiapi.query;
  return [...people(query && query.Contact, 'Contact'), ...people(query && query.Lead, 'Lead')];
}

export function createPeopleSearch({ setVariables, setTimer, clearTimer }) {
  const queue = [];
  let current = null;
  // What the wire last said, for the email it was last asked about.
  let askedEmail = null;
  let lastAnswer = null;
  let refreshWire = null;

  function settle(search, outcome) {
    if (current !== search) {
      return;
    }
    current = null;
    clearTimer(search.timer);
    outcome();
    startNext();
  }

  function startNext() {
    if (current !== null || queue.length === 0) {
      return;
    }
    const search = queue.shift();
    current = search;
    search.timer = setTimer(() => {
      settle(search, () => search.reject(new Error('The Contact search timed out')));
    }, SEARCH_TIMEOUT_MS);
    if (search.email === askedEmail && lastAnswer !== null) {
      // Unchanged variables do not re-run the wire: ask it to refresh instead, and
      // answer with what it holds if nothing changed.
      const answer = () => settle(search, () => search.resolve(lastAnswer));
      if (refreshWire) {
        Promise.resolve(refreshWire()).then(answer, answer);
      } else {
        answer();
      }
      return;
    }
    askedEmail = search.email;
    lastAnswer = null;
    setVariables({ email: search.email });
  }

  return {
    search(email) {
      return new Promise((resolve, reject) => {
        queue.push({ email, resolve, reject, timer: null });
        startNext();
      });
    },
    /** The wire's callback. The first call (no data, no errors) is the wire arming. */
    receive({ data, errors, refresh }) {
      if (data === undefined && errors === undefined) {
        return;
      }
      refreshWire = typeof refresh === 'function' ? refresh : null;
      const search = current;
      if (errors && errors.length > 0) {
        lastAnswer = null;
        const message = errors.map((error) => error.message).join('; ');
        if (search) {
          settle(search, () => search.reject(new Error(message)));
        }
        return;
      }
      // Also kept when nobody waits: LDS pushes fresh data for the last variables.
      lastAnswer = peopleFromResult(data);
      if (search) {
        const found = lastAnswer;
        settle(search, () => search.resolve(found));
      }
    },
    /** On disconnect: nobody will answer the pending searches any more. */
    cancelAll() {
      const pending = current === null ? queue.splice(0) : [current, ...queue.splice(0)];
      if (current !== null) {
        clearTimer(current.timer);
      }
      current = null;
      pending.forEach((search) => search.reject(new Error('The chat client was closed')));
    },
  };
}
