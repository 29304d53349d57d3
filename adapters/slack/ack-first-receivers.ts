/**
 * Bolt's own receivers (HTTP: signature check, body parsing, url_verification, the health routes; Socket Mode:
 * the socket), with one change: an Events API event is acknowledged as soon as the receiver has verified and
 * parsed it, and Bolt's processing of it (authorization, the listener arguments and Web API client, the
 * middleware, the listeners) waits for a turn of the task tracker (./task-tracker.ts) — after the
 * acknowledgements of the requests that arrive meanwhile. Bolt acknowledges such an event before its middleware
 * anyway; what moves off a burst's acknowledgements is the work Bolt did for each event before and right after
 * its ack. Commands, interactions, options and `function_executed` events, whose listeners acknowledge them
 * (some with a body), reach Bolt at once as before.
 */
import {
  type App,
  HTTPReceiver,
  type HTTPReceiverOptions,
  type ReceiverEvent,
  SocketModeReceiver,
  type SocketModeReceiverOptions,
} from '@slack/bolt';
import type { TaskTracker } from './task-tracker.js';

type EventTasks = Pick<TaskTracker, 'run' | 'arrived'>;

/** An Events API delivery Bolt acknowledges with an empty 200 before any listener runs. */
function acknowledgedByBolt(body: ReceiverEvent['body']): boolean {
  const event = (body as { type?: unknown; event?: { type?: unknown } }).event;
  return (body as { type?: unknown }).type === 'event_callback' && event?.type !== 'function_executed';
}

const alreadyAcknowledged = async () => {};

/** What the receiver is given in place of the App: the same `processEvent`, acknowledging events first. */
function ackingFirst(app: App, tasks: EventTasks): App {
  return {
    async processEvent(event: ReceiverEvent) {
      if (!acknowledgedByBolt(event.body)) return app.processEvent(event);
      await event.ack();
      tasks.arrived();
      void tasks.run('Slack event', () => app.processEvent({ ...event, ack: alreadyAcknowledged }));
    },
  } as unknown as App;
}

export class AckFirstHTTPReceiver extends HTTPReceiver {
  readonly #tasks: EventTasks;
  constructor(options: HTTPReceiverOptions, tasks: EventTasks) {
    super(options);
    this.#tasks = tasks;
  }
  override init(app: App): void {
    super.init(ackingFirst(app, this.#tasks));
  }
}

export class AckFirstSocketModeReceiver extends SocketModeReceiver {
  readonly #tasks: EventTasks;
  constructor(options: SocketModeReceiverOptions, tasks: EventTasks) {
    super(options);
    this.#tasks = tasks;
  }
  override init(app: App): void {
    super.init(ackingFirst(app, this.#tasks));
  }
}
