//! The soak test: a few thousand mixed calls (GET and POST) from many tasks against a local
//! Authing that injects random faults (from a seeded generator; concurrent requests draw in
//! arrival order, so runs differ in detail) and revokes the token on a schedule. Every call's requests are tracked by a key unique to the call (the user
//! id it asks for, or the username it creates), and the retry rule is replayed over what the
//! server saw: each call must have made exactly the requests the rule allows and ended with the
//! right value or the error its last fault explains. No call may hang, no POST may be carried
//! out twice, and the token is fetched exactly once per revocation (plus the first).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::common::*;
use authing::{Error, RetryConfig};
use authing_local::{RecordedRequest, Reply};
use serde_json::json;

const TASKS: usize = 64;
const CALLS_PER_TASK: usize = 50;
const REVOCATIONS: usize = 5;
const SEED: u64 = 0x5eed_2026;

const GET_USER: &str = "/api/v3/get-user";
const GET_IDENTITIES: &str = "/api/v3/get-user-identities";
const CREATE_USER: &str = "/api/v3/create-user";

/// What the server did with one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    /// Answered as usual (which may be a 401 after a revocation, or a 404).
    Usual,
    /// Connection closed before an answer.
    Close,
    /// HTTP 503 without an envelope.
    Unavailable,
    /// HTTP 200 with `statusCode` 429.
    Throttled,
    /// No answer until after the client's timeout.
    Stall,
    /// Head and a few bytes, then the connection is cut (the request was carried out).
    Cut,
    /// Carried out, then the connection closed without an answer.
    Lost,
    /// HTTP 200 with a body that is not JSON.
    Malformed,
}

impl Fault {
    /// Draws a fault: about 72% of requests are answered as usual.
    fn draw(rng: &mut fastrand::Rng) -> Fault {
        match rng.u32(0..100) {
            0..=71 => Fault::Usual,
            72..=75 => Fault::Close,
            76..=80 => Fault::Unavailable,
            81..=85 => Fault::Throttled,
            86..=88 => Fault::Stall,
            89..=92 => Fault::Cut,
            93..=95 => Fault::Lost,
            _ => Fault::Malformed,
        }
    }

    fn reply(self) -> Option<Reply> {
        Some(match self {
            Fault::Usual => return None,
            Fault::Close => Reply::close(),
            Fault::Unavailable => Reply::raw(503, "text/plain", "busy"),
            Fault::Throttled => Reply::json(&json!({"statusCode": 429, "message": "slow down"})),
            Fault::Stall => Reply::usual().delayed(Duration::from_millis(1500)),
            Fault::Cut => Reply::usual().truncated(12),
            Fault::Lost => Reply::usual().unanswered(),
            Fault::Malformed => Reply::raw(200, "application/json", "{\"statusCode\":200,"),
        })
    }
}

/// The key of the call a request belongs to: the user id asked for, or the username created.
fn key(request: &RecordedRequest) -> Option<String> {
    match request.path.as_str() {
        CREATE_USER => request.body_json()?["username"].as_str().map(str::to_owned),
        GET_USER | GET_IDENTITIES => request.query_param("userId"),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    GetUser,
    Identities,
    Missing,
    Create,
}

/// How a call must end, replayed from its requests.
#[derive(Debug, PartialEq)]
enum Expected {
    Ok,
    /// The API error with this `statusCode` (not retried).
    Api(i64),
    /// The error the last fault explains, after `attempts` requests, wrapped in
    /// `RetriesExhausted` when the call was retried.
    Fault {
        fault: Fault,
        attempts: usize,
        wrapped: bool,
    },
}

/// Replays the retry rule over the requests a call made: how many requests it may make and how
/// it ends. `None` when the requests do not follow the rule.
fn replay(is_get: bool, steps: &[(Fault, Option<i64>)]) -> Option<Expected> {
    let (mut renewed, mut failures, mut retried) = (false, 0, 0);
    for (i, &(fault, status)) in steps.iter().enumerate() {
        let last = i + 1 == steps.len();
        let outcome = match fault {
            Fault::Usual => match status? {
                200 => Some(Expected::Ok),
                401 if !renewed => {
                    renewed = true;
                    None
                }
                code => Some(Expected::Api(code)),
            },
            Fault::Malformed => Some(Expected::Fault {
                fault,
                attempts: i + 1,
                wrapped: false,
            }),
            _ if is_get => {
                failures += 1;
                if failures >= RetryConfig::DEFAULT_MAX_ATTEMPTS {
                    Some(Expected::Fault {
                        fault,
                        attempts: i + 1,
                        wrapped: retried > 0,
                    })
                } else {
                    retried += 1;
                    None
                }
            }
            _ => Some(Expected::Fault {
                fault,
                attempts: i + 1,
                wrapped: false,
            }),
        };
        match outcome {
            Some(end) if last => return Some(end),
            // The call ended here, but more requests followed: a request too many.
            Some(_) => return None,
            None if last => return None,
            None => {}
        }
    }
    None
}

/// Whether `err` is what `fault` explains.
fn explains(fault: Fault, err: &Error) -> bool {
    match (fault, err) {
        (Fault::Close | Fault::Lost, Error::Transport { stage, .. }) => {
            *stage != "could not connect"
        }
        (Fault::Cut, Error::Transport { stage, .. }) => {
            *stage == "could not read the response body"
        }
        (Fault::Unavailable, Error::HttpStatus { status: 503, .. }) => true,
        (
            Fault::Throttled,
            Error::Api {
                status_code: 429, ..
            },
        ) => true,
        (Fault::Stall, Error::Timeout { .. }) => true,
        (Fault::Malformed, Error::Decode { .. }) => true,
        _ => false,
    }
}

fn user(id: &str) -> serde_json::Value {
    json!({
        "userId": id, "createdAt": "2022-07-03T03:20:30.000Z", "updatedAt": "2022-07-03T03:20:30.000Z",
        "status": "Activated", "workStatus": "Active", "gender": "U", "emailVerified": false,
        "phoneVerified": false, "userSourceType": "register", "identities": []
    })
}

/// One call's outcome as the caller saw it: `Ok` when the value was the right one.
type Outcome = Result<(), Error>;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thousands_of_calls_under_random_faults_and_token_expiry() {
    let started = Instant::now();
    let server = Arc::new(server().await);
    let client = client_builder(&server)
        // Wide enough that a loaded machine turns no fault but a stall into a timeout.
        .timeout(Duration::from_millis(1000))
        .deadline(Duration::from_secs(10))
        .retry(
            RetryConfig::default()
                .initial_backoff(Duration::from_millis(2))
                .max_backoff(Duration::from_millis(10)),
        )
        .build()
        .unwrap();
    let total = TASKS * CALLS_PER_TASK;
    let mut kinds = Vec::with_capacity(total);
    let mut rng = fastrand::Rng::with_seed(SEED);
    for call in 0..total {
        let kind = match rng.u32(0..100) {
            0..=54 => Kind::GetUser,
            55..=69 => Kind::Identities,
            70..=79 => Kind::Missing,
            _ => Kind::Create,
        };
        if matches!(kind, Kind::GetUser | Kind::Identities) {
            server.insert_user(user(&format!("soak-{call}"))).unwrap();
        }
        kinds.push(kind);
    }

    // Faults: drawn per request (never on the token call), remembered per call key.
    let faults: Arc<Mutex<HashMap<String, Vec<Fault>>>> = Arc::default();
    let drawn = Arc::clone(&faults);
    let fault_rng = Mutex::new(fastrand::Rng::with_seed(SEED + 1));
    server.intercept(move |request| {
        let key = key(request)?;
        let fault = Fault::draw(&mut fault_rng.lock().unwrap());
        drawn.lock().unwrap().entry(key).or_default().push(fault);
        fault.reply()
    });

    // The token schedule: revoked REVOCATIONS times, each after the previous renewal.
    let done = Arc::new(AtomicBool::new(false));
    let revoker = {
        let (server, done) = (Arc::clone(&server), Arc::clone(&done));
        tokio::spawn(async move {
            let mut revoked = 0;
            while revoked < REVOCATIONS && !done.load(Ordering::SeqCst) {
                tokio::time::sleep(Duration::from_millis(100)).await;
                if server.tokens_issued() != 1 + revoked as u64 {
                    continue;
                }
                server.revoke_tokens();
                revoked += 1;
                // Wait for the renewal this revocation causes before the next one.
                while server.tokens_issued() == revoked as u64 && !done.load(Ordering::SeqCst) {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
            }
            revoked
        })
    };

    let kinds = Arc::new(kinds);
    let tasks: Vec<_> = (0..TASKS)
        .map(|task| {
            let (client, kinds) = (client.clone(), Arc::clone(&kinds));
            tokio::spawn(async move {
                let mut outcomes = Vec::with_capacity(CALLS_PER_TASK);
                for i in 0..CALLS_PER_TASK {
                    let call = task * CALLS_PER_TASK + i;
                    let id = format!("soak-{call}");
                    let run = async {
                        match kinds[call] {
                            Kind::GetUser => client
                                .get_user(&id)
                                .await
                                .map(|u| assert_eq!(u.user_id, id)),
                            Kind::Identities => client
                                .get_user_identities(&id)
                                .await
                                .map(|list| assert!(list.is_empty())),
                            Kind::Missing => client.get_user(&id).await.map(|_| ()),
                            Kind::Create => client
                                .create_user()
                                .username(&id)
                                .await
                                .map(|u| assert_eq!(u.username.as_deref(), Some(id.as_str()))),
                        }
                    };
                    let outcome: Outcome = tokio::time::timeout(Duration::from_secs(15), run)
                        .await
                        .unwrap_or_else(|_| panic!("call {call} hung"));
                    outcomes.push((call, id, outcome));
                }
                outcomes
            })
        })
        .collect();
    let mut outcomes = Vec::with_capacity(total);
    for task in tasks {
        outcomes.extend(task.await.unwrap());
    }
    let elapsed = started.elapsed();
    done.store(true, Ordering::SeqCst);
    let revoked = revoker.await.unwrap();

    // Every request of every call, in order, with the fault it met and the server's answer.
    let mut steps: HashMap<String, Vec<Option<i64>>> = HashMap::new();
    for request in server.requests() {
        if let Some(key) = key(&request) {
            steps.entry(key).or_default().push(request.status_code);
        }
    }
    let faults = faults.lock().unwrap();
    let (mut ok, mut errors, mut requests, mut renewals) = (0, 0, 0, 0);
    let mut by_end: HashMap<String, usize> = HashMap::new();
    for (call, id, outcome) in &outcomes {
        let kind = kinds[*call];
        let statuses = steps.get(id).cloned().unwrap_or_default();
        let drawn = faults.get(id).cloned().unwrap_or_default();
        assert_eq!(
            statuses.len(),
            drawn.len(),
            "call {call}: hook and log agree"
        );
        requests += statuses.len();
        renewals += usize::from(statuses.contains(&Some(401)));
        let trail: Vec<_> = drawn
            .iter()
            .copied()
            .zip(statuses.iter().copied())
            .collect();
        let is_get = kind != Kind::Create;
        let expected = replay(is_get, &trail)
            .unwrap_or_else(|| panic!("call {call} ({kind:?}) broke the retry rule: {trail:?}"));
        match (&expected, outcome) {
            (Expected::Ok, Ok(())) => ok += 1,
            (Expected::Api(code), Err(Error::Api { status_code, .. })) if code == status_code => {
                errors += 1;
                assert!(
                    *code == 404 && kind == Kind::Missing || *code == 401,
                    "call {call}: {code}"
                );
            }
            (
                Expected::Fault {
                    fault,
                    attempts,
                    wrapped,
                },
                Err(err),
            ) => {
                errors += 1;
                let last = match err {
                    Error::RetriesExhausted {
                        attempts: n, last, ..
                    } => {
                        assert!(*wrapped, "call {call}: not retried, yet wrapped: {err}");
                        assert_eq!(*n as usize, *attempts, "call {call}: {err}");
                        last.as_ref()
                    }
                    plain => {
                        assert!(!*wrapped, "call {call}: retried, yet not wrapped: {err}");
                        plain
                    }
                };
                assert!(explains(*fault, last), "call {call}: {fault:?} vs {err}");
            }
            (expected, outcome) => {
                panic!("call {call} ({kind:?}): expected {expected:?}, got {outcome:?}; {trail:?}")
            }
        }
        let end = match &expected {
            Expected::Fault { fault, .. } => format!("{fault:?}"),
            other => format!("{other:?}"),
        };
        *by_end.entry(end).or_default() += 1;
        if kind == Kind::Create {
            let carried_out = statuses.iter().filter(|s| **s == Some(200)).count();
            assert!(
                carried_out <= 1,
                "call {call}: POST carried out {carried_out} times"
            );
        }
    }

    assert_eq!(outcomes.len(), total);
    assert_eq!(ok + errors, total);
    assert_eq!(revoked, REVOCATIONS, "the schedule ran to its end");
    assert_eq!(
        server.token_requests(),
        1 + REVOCATIONS,
        "one token per revocation"
    );
    assert_eq!(server.tokens_issued(), 1 + REVOCATIONS as u64);
    assert!(ok > total / 2, "most calls succeed: {ok} of {total}");
    assert!(elapsed < Duration::from_secs(45), "{elapsed:?}");
    println!(
        "soak: {total} calls ({ok} ok, {errors} typed errors), {requests} requests, \
         {renewals} calls renewed their token, {} token requests, {revoked} revocations, \
         {elapsed:?}; endings {by_end:?}",
        server.token_requests()
    );
}
