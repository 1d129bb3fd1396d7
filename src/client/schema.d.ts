/**
 * Types of the custody backend API, generated from openapi/openapi.json by openapi-typescript.
 * Do not edit: run `npm run client:generate` (a test fails when this file drifts from the document).
 */

export interface paths {
    "/v1/wallets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List wallets */
        get: operations["listWallets"];
        put?: never;
        /**
         * Create a wallet
         * @description Creates a wallet. For `hd` custody a 24-word BIP-39 seed is generated and sealed (never returned or stored in clear); the response shows the hot address and the account xpub. For `kms-key` / `hsm-key` a secp256k1 key is created inside AWS KMS or the HSM (or adopted with `keyRef`) and its address returned. The key backend is recorded with the wallet.
         */
        post: operations["createWallet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallets/{walletId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a wallet */
        get: operations["getWallet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallets/{walletId}/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a wallet's addresses */
        get: operations["listWalletAddresses"];
        put?: never;
        /**
         * Derive the next deposit address
         * @description Derives m/44'/60'/0'/0/i (i = 1, 2, …) from the wallet's account xpub. No secret is used.
         */
        post: operations["createDepositAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallets/{walletId}/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a wallet's balances
         * @description Per configured asset, from the ledger: `total` credited, `pending` on hold for withdrawals in flight, `available` = total − pending. Strings of base units.
         */
        get: operations["getWalletBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List withdrawals */
        get: operations["listWithdrawals"];
        put?: never;
        /**
         * Request a withdrawal
         * @description Places a hold on the wallet's available balance and queues the transfer; follow it through `queued → submitted → mined → confirmed`. Requires `Idempotency-Key`: the same key with the same body replays the first response; with another body it is refused (422).
         */
        post: operations["createWithdrawal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/withdrawals/{withdrawalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a withdrawal with its attempts */
        get: operations["getWithdrawal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/withdrawals/{withdrawalId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a withdrawal
         * @description Before signing it is cancelled at once and its hold released. After signing its nonce is replaced by a 0-value self-send at bumped fees, at most the cancel ceiling (max(fee cap, 3 × market) by default, never above `fees.cancelMaxFeePerGasCap`); within the replacement interval of the last attempt the cancel is recorded and signed once the interval has passed. It ends `cancelled` only if the cancel is what gets mined, otherwise as whatever was mined. A cancel already requested changes nothing and signs nothing: repeated calls return the current state. Returns the withdrawal as it is now.
         */
        post: operations["cancelWithdrawal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/withdrawals/{withdrawalId}/speed-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Speed up a withdrawal
         * @description Replaces the pending transaction now (same nonce) with fees raised by at least the bump percentage and to the market, within the fee cap. 409 `invalid_state` when it is not in flight or the cap leaves no room; 409 `replacement_too_soon` with `Retry-After` when its last attempt is younger than the replacement interval (`fees.minReplacementIntervalSeconds`, 15 s by default).
         */
        post: operations["speedUpWithdrawal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deposits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deposits
         * @description Inbound transfers to any address of a wallet (hot or deposit address): `detected` when seen in a block, `confirmed` (and credited) at the chain's confirmation depth, `orphaned` when reorged out.
         */
        get: operations["listDeposits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deposits/{depositId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a deposit */
        get: operations["getDeposit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallets/{walletId}/sweep-policies/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the sweep policy of a wallet and asset
         * @description Deposit addresses of the wallet whose confirmed balance of the asset reaches `threshold` are swept into the destination (the wallet's hot address, or another wallet's). For tokens, the deposit address first receives exactly the gas it needs from the hot address (a top-up), then sends the tokens.
         */
        put: operations["setSweepPolicy"];
        post?: never;
        /**
         * Remove a sweep policy
         * @description No new sweeps are planned for the wallet and asset; sweeps already queued go on.
         */
        delete: operations["deleteSweepPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallets/{walletId}/sweep-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a wallet's sweep policies */
        get: operations["listSweepPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sweeps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sweeps
         * @description Sweeps of deposit addresses into their destination (withdrawals of kind `sweep`), newest first, each with its gas top-up and the native dust left at the deposit address.
         */
        get: operations["listSweeps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sweeps/{sweepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a sweep with its attempts */
        get: operations["getSweep"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List ledger accounts with balances
         * @description The chart of accounts, filtered by wallet, asset, type, role, chain or custody address.
         */
        get: operations["listLedgerAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a ledger account with its balances */
        get: operations["getLedgerAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/accounts/{accountId}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account's statement: its entries with a running balance
         * @description One line per posting of the account (and per hold a void released), in the order they applied to the account, each with the balances right after it. `from`/`to` limit it to entries booked in [from, to); `order=asc` reads it as a statement.
         */
        get: operations["listLedgerAccountEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/accounts/{accountId}/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account's balances as of a past time or block height
         * @description `at`: every entry booked at or before that time; holds open then are pending. `blockNumber`: posted entries of blocks up to it (a deposit by its block, a withdrawal and its gas by the block its transaction was mined in, an adjustment by the block it names); holds open at that block's time are pending. Without either: now.
         */
        get: operations["getLedgerAccountBalanceAsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a journal entry with its postings and the business object it belongs to */
        get: operations["getLedgerEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List adjustments (who booked what, why) */
        get: operations["listLedgerAdjustments"];
        put?: never;
        /**
         * Book an adjusting entry against a custody address account
         * @description For a difference a reconciliation found (e.g. ETH that reached the address through a contract's internal call): `amount` is the difference (on chain − ledger) and is added to the custody address account; the other side goes to `counterpart`. Recorded with the API key that booked it and the reason. Needs `ledger:write` and an Idempotency-Key.
         *
         *     Controls: `reconciliationId` names a finished reconciliation with a mismatched line for the account; the amount has the sign of that line's difference and, with the other adjustments of the line (booked or awaiting approval), does not exceed it (`adjustment_exceeds_difference`). The adjustment is never dated at or before the last reconciliation that matched the account (`adjustment_backdated`). One that touches customer funds (`counterpart: customer`) or whose absolute amount is above ADJUSTMENT_APPROVAL_THRESHOLD is not booked: the answer is 202 with an adjustment request `pending_approval`, booked when another party approves it (`POST /v1/ledger/adjustment-requests/{requestId}/approve`).
         */
        post: operations["createLedgerAdjustment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/adjustment-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List adjustment requests (maker-checker) */
        get: operations["listAdjustmentRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/adjustment-requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an adjustment request */
        get: operations["getAdjustmentRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/adjustment-requests/{requestId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve an adjustment request (the checker): books it
         * @description Books the adjustment (with the request's id), after checking again its reconciliation line's cap and its date. The key needs the `approver` scope and must be another party than the requester: not its key, API client or approver identity (`admin` included). If the cap, the date or the balance now refuse it, nothing changes and the request stays pending.
         */
        post: operations["approveAdjustmentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/adjustment-requests/{requestId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject an adjustment request
         * @description Nothing is booked. Any key with the `approver` scope may reject, the requester's party included (withdrawing its own request).
         */
        post: operations["rejectAdjustmentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/invariants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the whole ledger
         * @description Every entry balanced per asset; Σ debits = Σ credits per asset; no negative customer balance; balances = sums of postings; every withdrawal, deposit and adjustment has exactly its entries. Read only; on a large ledger it takes a while. `ok: false` lists up to 20 violations per check.
         */
        get: operations["checkLedgerInvariants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/exports/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export journal entries (CSV or JSON lines), streamed
         * @description One row per posting of the entries booked in [from, to) (a void entry: one row without posting columns), in journal order. Column names: README, "Exports".
         */
        get: operations["exportLedgerEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/exports/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export balances per account for a time range (CSV or JSON lines), streamed
         * @description Per account: opening and closing posted balance, debits and credits in [from, to), pending and available at `to`. Column names: README, "Exports".
         */
        get: operations["exportLedgerBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reconciliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List reconciliations */
        get: operations["listReconciliations"];
        put?: never;
        /**
         * Reconcile the ledger against the chain at a block height
         * @description Queues a run that compares, for every custody address and asset, the on-chain balance at the block with the ledger balance at that block (counting what is still pending). Poll `GET /v1/reconciliations/{id}` for the report. Without `blockNumber`: the block the chain follower has processed when the run starts.
         */
        post: operations["createReconciliation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reconciliations/{reconciliationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a reconciliation report */
        get: operations["getReconciliation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reconciliations/{reconciliationId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A reconciliation's report lines */
        get: operations["listReconciliationItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Registers a URL to receive events, signed per Standard Webhooks. The response carries the signing secret (`whsec_…`): it is shown only once (stored sealed under the key backend, never returned again; rotate to get a new one). The URL is checked now and again at every delivery (DNS rebinding): https only in production, and no private, loopback, link-local or cloud metadata address. An API client may have at most `WEBHOOK_MAX_ENDPOINTS_PER_CLIENT` endpoints (10 by default): 409 `webhook_endpoint_limit_reached` beyond.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Removes the endpoint, its secrets and its delivery log. Events stay listed in `GET /v1/events`.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /** Change a webhook endpoint's URL, description or event types */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Creates a new secret that signs from now on. The previous one keeps signing beside it for the grace period, so every request carries both signatures (`v1,<sig> v1,<sig>`) and receivers can switch secrets without losing a message. The new secret is shown only in this response.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a webhook endpoint
         * @description New events are delivered again and the failing clock restarts. Events missed while disabled are not sent by themselves: redeliver them (`POST /v1/events/{id}/redeliver`) or catch up with `GET /v1/events`.
         */
        post: operations["enableWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a webhook endpoint
         * @description Nothing more is sent to it (pending deliveries end `failed`); a `webhook_endpoint.disabled` event is emitted.
         */
        post: operations["disableWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an endpoint's deliveries with every attempt
         * @description One delivery per event sent to the endpoint, newest first, each with all its attempts: HTTP status, latency, error, a few response headers, and the start of the response body only when the endpoint keeps it (`storeResponseBody`, set by an admin key).
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events (catch-up and audit)
         * @description Every published event, oldest first in publication order: an event appears here once the outbox relay has published it (within about a second of its commit), and sequences only grow, so paging with `after=<last sequence>` never misses one even when transactions commit out of order. Each item is the webhook payload (`type`, `timestamp`, `data`) with its `id` (the `webhook-id`).
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an event */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an event again
         * @description To one endpoint (`endpointId`), or to every enabled endpoint whose event types match. Each delivery starts a new round with the full retry schedule and the same `webhook-id`; earlier attempts stay in the log.
         */
        post: operations["redeliverEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/kek-rotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List KEK rotations */
        get: operations["listKekRotations"];
        put?: never;
        /**
         * Start a KEK rotation
         * @description Re-wraps every stored data key of the configured key backend under the backend's current KEK (AWS KMS: the key AWS_KMS_KEK_KEY_ID names now; PKCS#11: PKCS11_KEK_LABEL; local: LOCAL_MASTER_KEY), in the background. Seeds are never decrypted; KMS re-wraps with ReEncrypt and the HSM inside the token. Data keys under earlier KEKs keep working until it completes. Follow it with GET.
         */
        post: operations["startKekRotation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/kek-rotations/{rotationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a KEK rotation and its progress */
        get: operations["getKekRotation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/kek-rotations/{rotationId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a KEK rotation
         * @description Continues a `failed` rotation (or one whose job was lost) after the last re-wrapped data key.
         */
        post: operations["resumeKekRotation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: Postgres, Redis and every chain RPC reachable */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API as an OpenAPI 3.1 document */
        get: operations["openapi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API reference (HTML) */
        get: operations["docs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/redoc.standalone.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The API reference renderer (Redoc standalone bundle, served from this server) */
        get: operations["docsRenderer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/withdrawals/{withdrawalId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a withdrawal awaiting approval
         * @description Records this API key's approval. The key must have the `approver` scope and must not be of the requester's party: not the requesting key, not a key of its API client, not a key with its approver identity (`admin` included). Each identity counts once, whichever of its keys approves. When the number of distinct identities that approved reaches `approvalsRequired`, the withdrawal moves `pending_approval → queued` and is sent.
         */
        post: operations["approveWithdrawal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/withdrawals/{withdrawalId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a withdrawal awaiting approval
         * @description One rejection by any approver (the requester's key included) ends the withdrawal: `pending_approval → rejected`, and its hold is released so the amount is available again.
         */
        post: operations["rejectWithdrawal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallets/{walletId}/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a wallet's withdrawal policies */
        get: operations["listWithdrawalPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallets/{walletId}/policies/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the withdrawal policy of a wallet and asset */
        get: operations["getWithdrawalPolicy"];
        /**
         * Create or replace the withdrawal policy of a wallet and asset
         * @description Rules: `maxPerTransaction`, `velocityLimit24h` (rolling 24 h sum of the wallet's withdrawals of the asset, every status but rejected, cancelled and failed, plus the request), `allowlistRequired` with `allowlistCoolingOffSeconds`, and `approvalThreshold` / `approvalThreshold24h` (rolling 24 h sum) with `approvalsRequired`. A withdrawal that breaks a rule is refused with 422 `policy_violation`; one above an approval threshold waits in `pending_approval`. The asset `default` sets the wallet default policy, which applies to every asset of the wallet without a policy of its own. A change that keeps or tightens every rule applies at once (200, `version` increments); one that loosens a rule compared with the rules in force (a higher or removed limit or threshold, fewer approvals, a shorter cooling-off, the allowlist no longer required, a first policy under default-deny) answers 202 with a policy change that applies once approvers of other parties approve it (`POST /v1/policy-changes/{changeId}/approve`).
         */
        put: operations["setWithdrawalPolicy"];
        post?: never;
        /**
         * Remove the withdrawal policy of a wallet and asset
         * @description Afterwards the wallet default policy applies, else no policy (every withdrawal refused with `policy_required` under `POLICY_DEFAULT_DENY`, allowed otherwise). When that is looser than the policy removed, the removal answers 202 with a policy change pending approval by other parties; otherwise it applies at once (200).
         */
        delete: operations["deleteWithdrawalPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallets/{walletId}/allowlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a wallet's allowed destinations */
        get: operations["listAllowlistEntries"];
        put?: never;
        /**
         * Add a destination to a wallet's allowlist
         * @description An addition loosens the allowlist: it answers 202 with a policy change that creates the entry once approvers of other parties approve it (quorum: the largest `approvalsRequired` of the wallet's policies, at least 1). The entry can be used once its cooling-off period, counted from its `createdAt`, has passed: the longer of the period in force when it was added (`coolingOffSeconds`) and the policy's current `allowlistCoolingOffSeconds` (never less than `POLICY_MIN_COOLING_OFF_SECONDS`).
         */
        post: operations["addAllowlistEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallets/{walletId}/allowlist/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a destination from a wallet's allowlist */
        delete: operations["removeAllowlistEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description The response is the only time the secret `key` is shown; the service keeps only its SHA-256 hash. It is sent with `Cache-Control: no-store`. With an `Idempotency-Key`, the stored response omits the secret and a repeated request is answered 409 `idempotency_response_withheld` (with `resourceId`, the key created first) instead of a replay. A key with the `approver` or `admin` scope needs `approverIdentity` and is created `pending_approval`: it is refused (401 `api_key_not_approved`) until an admin of another identity approves it (`POST /v1/admin/api-keys/{keyId}/approve`). Every call is in the audit log.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an API key */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/api-keys/{keyId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a pending privileged API key
         * @description Activates a key with the `approver` or `admin` scope that was minted through the API. The approving admin must be another party than the one who minted it (not the same key, API client or approver identity) and not the identity the key is for. Recorded in the key (`approvedBy`) and the audit log.
         */
        post: operations["approveApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/api-keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API key
         * @description From the next request on the key is refused with 401. Revocation is final and idempotent.
         */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit events
         * @description The append-only audit log: every mutating API call made with a valid API key (whatever its result) and every operator action of the CLI, newest first. Who, what, when, from where, and the result; never a request body or a secret.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List policy changes */
        get: operations["listPolicyChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy-changes/{changeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a policy change */
        get: operations["getPolicyChange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy-changes/{changeId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a pending policy change
         * @description Records this API key's approval. The key must have the `approver` scope and belong to another party than the requester (neither the requesting key, nor a key of its API client, nor a key with its approver identity); keys of one identity count once. When the number of distinct approving parties reaches `approvalsRequired`, the change applies in the same transaction (`status: applied`, event `policy.changed`).
         */
        post: operations["approvePolicyChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy-changes/{changeId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a pending policy change
         * @description One rejection by any approver (the requester's own keys included) ends the change: `rejected`, nothing changes (event `policy.change_rejected`).
         */
        post: operations["rejectPolicyChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "deposit.detected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * deposit.detected
         * @description A transfer to a custody address was seen in a block; not yet credited. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.deposit.detected"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "deposit.confirmed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * deposit.confirmed
         * @description The deposit reached the confirmation depth and was credited to the wallet. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.deposit.confirmed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "deposit.orphaned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * deposit.orphaned
         * @description The block of a detected deposit was reorganised away; it will not be credited unless it is mined again. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.deposit.orphaned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "withdrawal.pending_approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * withdrawal.pending_approval
         * @description A withdrawal above its policy's approval threshold was accepted and the amount held; it waits for the required approvals. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.withdrawal.pending_approval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "withdrawal.approval_recorded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * withdrawal.approval_recorded
         * @description An approver approved a withdrawal that still needs more approvals (`approvals` lists them). Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.withdrawal.approval_recorded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "withdrawal.rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * withdrawal.rejected
         * @description An approver rejected a withdrawal awaiting approval, or its policy refused it when it was checked again at its final approval (`statusReason: policy_refused_at_approval`); its hold is released. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.withdrawal.rejected"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "withdrawal.queued": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * withdrawal.queued
         * @description A withdrawal was accepted (or approved, or gave up a nonce used by a transaction the service did not sign), the amount held, and queued for signing. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.withdrawal.queued"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "withdrawal.submitted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * withdrawal.submitted
         * @description A signed transaction of the withdrawal was broadcast (also sent again when a reorg moves a mined withdrawal back). Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.withdrawal.submitted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "withdrawal.mined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * withdrawal.mined
         * @description A transaction of the withdrawal was mined; not yet final. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.withdrawal.mined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "withdrawal.confirmed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * withdrawal.confirmed
         * @description The withdrawal reached the confirmation depth; the hold is settled and the gas booked. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.withdrawal.confirmed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "withdrawal.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * withdrawal.failed
         * @description The withdrawal ended without sending funds (reverted on chain, or refused before signing); the hold is released. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.withdrawal.failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "withdrawal.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * withdrawal.cancelled
         * @description The withdrawal was cancelled (before broadcast, or replaced by a 0-value self-send that was mined). Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.withdrawal.cancelled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "withdrawal.stuck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * withdrawal.stuck
         * @description A broadcast transaction of the withdrawal has not been mined for longer than the fee policy expects, even after fee bumps. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.withdrawal.stuck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sweep.queued": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sweep.queued
         * @description A sweep (a withdrawal of kind `sweep` from a deposit address to the wallet's destination) was queued. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.sweep.queued"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sweep.submitted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sweep.submitted
         * @description A transaction of the sweep was broadcast. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.sweep.submitted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sweep.mined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sweep.mined
         * @description A transaction of the sweep was mined; not yet final. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.sweep.mined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sweep.confirmed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sweep.confirmed
         * @description The sweep reached the confirmation depth. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.sweep.confirmed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sweep.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sweep.failed
         * @description The sweep ended without moving funds. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.sweep.failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sweep.stuck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sweep.stuck
         * @description A replacement of the sweep would pay more gas than its top-up provided (or the fee cap allows); it waits at its last fees. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.sweep.stuck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sweep.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sweep.cancelled
         * @description The sweep ended without moving funds because its nonce was used by a transaction the service did not sign. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.sweep.cancelled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "wallet.low_balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * wallet.low_balance
         * @description A hot address cannot pay for its oldest queued withdrawal; withdrawals wait (status reason `insufficient_funds`) until funds arrive. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.wallet.low_balance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "reconciliation.mismatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * reconciliation.mismatch
         * @description A reconciliation found custody addresses whose on-chain balance differs from the ledger at its block; `mismatches` lists them with the difference and the likely cause. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.reconciliation.mismatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "reconciliation.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * reconciliation.failed
         * @description A reconciliation run could not complete (e.g. the follower never reached its block); `statusReason` says why. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.reconciliation.failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ledger.adjustment.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ledger.adjustment.created
         * @description An operator booked an adjusting journal entry (audited: who, why, which account). Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.ledger.adjustment.created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ledger.adjustment.requested": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ledger.adjustment.requested
         * @description An adjustment that touches customer funds or is above ADJUSTMENT_APPROVAL_THRESHOLD waits for another party; nothing is booked yet. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.ledger.adjustment.requested"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ledger.adjustment.decided": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ledger.adjustment.decided
         * @description Another party approved (`posted`: booked, with its own `ledger.adjustment.created`) or rejected an adjustment request. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.ledger.adjustment.decided"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "policy.changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * policy.changed
         * @description A change of a withdrawal policy (the wallet default included) or of an allowlist took effect: at once when it tightens, or when the last required approver of another party approved it. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.policy.changed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "policy.change_pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * policy.change_pending
         * @description A change that loosens a withdrawal policy or an allowlist was requested; it waits for approvals by other parties. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.policy.change_pending"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "policy.change_rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * policy.change_rejected
         * @description An approver rejected a pending policy change; nothing changed. Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.policy.change_rejected"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook_endpoint.disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook_endpoint.disabled
         * @description A webhook endpoint was disabled: it answered 410 Gone, or no attempt to it succeeded for the configured period (5 days by default). Sent to every enabled endpoint whose `eventTypes` include it (or are empty), signed per Standard Webhooks; answer 2xx within 15 s. Retried with backoff for about 3 days (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, ±10 % jitter, never before `Retry-After`).
         */
        post: operations["webhook.webhook_endpoint.disabled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description A transfer to a custody address was seen in a block; not yet credited. */
        DepositDetectedEvent: {
            /**
             * @description The event type: always `deposit.detected`
             * @example deposit.detected
             * @constant
             */
            type: "deposit.detected";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The deposit, in the shape the REST API returns it */
            data: components["schemas"]["Deposit"];
        };
        /** @description The deposit reached the confirmation depth and was credited to the wallet. */
        DepositConfirmedEvent: {
            /**
             * @description The event type: always `deposit.confirmed`
             * @example deposit.confirmed
             * @constant
             */
            type: "deposit.confirmed";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The deposit, in the shape the REST API returns it */
            data: components["schemas"]["Deposit"];
        };
        /** @description The block of a detected deposit was reorganised away; it will not be credited unless it is mined again. */
        DepositOrphanedEvent: {
            /**
             * @description The event type: always `deposit.orphaned`
             * @example deposit.orphaned
             * @constant
             */
            type: "deposit.orphaned";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The deposit, in the shape the REST API returns it */
            data: components["schemas"]["Deposit"];
        };
        /** @description A withdrawal above its policy's approval threshold was accepted and the amount held; it waits for the required approvals. */
        WithdrawalPendingApprovalEvent: {
            /**
             * @description The event type: always `withdrawal.pending_approval`
             * @example withdrawal.pending_approval
             * @constant
             */
            type: "withdrawal.pending_approval";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The withdrawal (or sweep), in the shape the REST API returns it */
            data: components["schemas"]["Withdrawal"];
        };
        /** @description An approver approved a withdrawal that still needs more approvals (`approvals` lists them). */
        WithdrawalApprovalRecordedEvent: {
            /**
             * @description The event type: always `withdrawal.approval_recorded`
             * @example withdrawal.approval_recorded
             * @constant
             */
            type: "withdrawal.approval_recorded";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The withdrawal (or sweep), in the shape the REST API returns it */
            data: components["schemas"]["Withdrawal"];
        };
        /** @description An approver rejected a withdrawal awaiting approval, or its policy refused it when it was checked again at its final approval (`statusReason: policy_refused_at_approval`); its hold is released. */
        WithdrawalRejectedEvent: {
            /**
             * @description The event type: always `withdrawal.rejected`
             * @example withdrawal.rejected
             * @constant
             */
            type: "withdrawal.rejected";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The withdrawal (or sweep), in the shape the REST API returns it */
            data: components["schemas"]["Withdrawal"];
        };
        /** @description A withdrawal was accepted (or approved, or gave up a nonce used by a transaction the service did not sign), the amount held, and queued for signing. */
        WithdrawalQueuedEvent: {
            /**
             * @description The event type: always `withdrawal.queued`
             * @example withdrawal.queued
             * @constant
             */
            type: "withdrawal.queued";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The withdrawal (or sweep), in the shape the REST API returns it */
            data: components["schemas"]["Withdrawal"];
        };
        /** @description A signed transaction of the withdrawal was broadcast (also sent again when a reorg moves a mined withdrawal back). */
        WithdrawalSubmittedEvent: {
            /**
             * @description The event type: always `withdrawal.submitted`
             * @example withdrawal.submitted
             * @constant
             */
            type: "withdrawal.submitted";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The withdrawal (or sweep), in the shape the REST API returns it */
            data: components["schemas"]["Withdrawal"];
        };
        /** @description A transaction of the withdrawal was mined; not yet final. */
        WithdrawalMinedEvent: {
            /**
             * @description The event type: always `withdrawal.mined`
             * @example withdrawal.mined
             * @constant
             */
            type: "withdrawal.mined";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The withdrawal (or sweep), in the shape the REST API returns it */
            data: components["schemas"]["Withdrawal"];
        };
        /** @description The withdrawal reached the confirmation depth; the hold is settled and the gas booked. */
        WithdrawalConfirmedEvent: {
            /**
             * @description The event type: always `withdrawal.confirmed`
             * @example withdrawal.confirmed
             * @constant
             */
            type: "withdrawal.confirmed";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The withdrawal (or sweep), in the shape the REST API returns it */
            data: components["schemas"]["Withdrawal"];
        };
        /** @description The withdrawal ended without sending funds (reverted on chain, or refused before signing); the hold is released. */
        WithdrawalFailedEvent: {
            /**
             * @description The event type: always `withdrawal.failed`
             * @example withdrawal.failed
             * @constant
             */
            type: "withdrawal.failed";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The withdrawal (or sweep), in the shape the REST API returns it */
            data: components["schemas"]["Withdrawal"];
        };
        /** @description The withdrawal was cancelled (before broadcast, or replaced by a 0-value self-send that was mined). */
        WithdrawalCancelledEvent: {
            /**
             * @description The event type: always `withdrawal.cancelled`
             * @example withdrawal.cancelled
             * @constant
             */
            type: "withdrawal.cancelled";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The withdrawal (or sweep), in the shape the REST API returns it */
            data: components["schemas"]["Withdrawal"];
        };
        /** @description A broadcast transaction of the withdrawal has not been mined for longer than the fee policy expects, even after fee bumps. */
        WithdrawalStuckEvent: {
            /**
             * @description The event type: always `withdrawal.stuck`
             * @example withdrawal.stuck
             * @constant
             */
            type: "withdrawal.stuck";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The withdrawal (or sweep), in the shape the REST API returns it */
            data: components["schemas"]["Withdrawal"];
        };
        /** @description A sweep (a withdrawal of kind `sweep` from a deposit address to the wallet's destination) was queued. */
        SweepQueuedEvent: {
            /**
             * @description The event type: always `sweep.queued`
             * @example sweep.queued
             * @constant
             */
            type: "sweep.queued";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The withdrawal (or sweep), in the shape the REST API returns it */
            data: components["schemas"]["Withdrawal"];
        };
        /** @description A transaction of the sweep was broadcast. */
        SweepSubmittedEvent: {
            /**
             * @description The event type: always `sweep.submitted`
             * @example sweep.submitted
             * @constant
             */
            type: "sweep.submitted";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The withdrawal (or sweep), in the shape the REST API returns it */
            data: components["schemas"]["Withdrawal"];
        };
        /** @description A transaction of the sweep was mined; not yet final. */
        SweepMinedEvent: {
            /**
             * @description The event type: always `sweep.mined`
             * @example sweep.mined
             * @constant
             */
            type: "sweep.mined";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The withdrawal (or sweep), in the shape the REST API returns it */
            data: components["schemas"]["Withdrawal"];
        };
        /** @description The sweep reached the confirmation depth. */
        SweepConfirmedEvent: {
            /**
             * @description The event type: always `sweep.confirmed`
             * @example sweep.confirmed
             * @constant
             */
            type: "sweep.confirmed";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The withdrawal (or sweep), in the shape the REST API returns it */
            data: components["schemas"]["Withdrawal"];
        };
        /** @description The sweep ended without moving funds. */
        SweepFailedEvent: {
            /**
             * @description The event type: always `sweep.failed`
             * @example sweep.failed
             * @constant
             */
            type: "sweep.failed";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The withdrawal (or sweep), in the shape the REST API returns it */
            data: components["schemas"]["Withdrawal"];
        };
        /** @description A replacement of the sweep would pay more gas than its top-up provided (or the fee cap allows); it waits at its last fees. */
        SweepStuckEvent: {
            /**
             * @description The event type: always `sweep.stuck`
             * @example sweep.stuck
             * @constant
             */
            type: "sweep.stuck";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The withdrawal (or sweep), in the shape the REST API returns it */
            data: components["schemas"]["Withdrawal"];
        };
        /** @description The sweep ended without moving funds because its nonce was used by a transaction the service did not sign. */
        SweepCancelledEvent: {
            /**
             * @description The event type: always `sweep.cancelled`
             * @example sweep.cancelled
             * @constant
             */
            type: "sweep.cancelled";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The withdrawal (or sweep), in the shape the REST API returns it */
            data: components["schemas"]["Withdrawal"];
        };
        /** @description A hot address cannot pay for its oldest queued withdrawal; withdrawals wait (status reason `insufficient_funds`) until funds arrive. */
        WalletLowBalanceEvent: {
            /**
             * @description The event type: always `wallet.low_balance`
             * @example wallet.low_balance
             * @constant
             */
            type: "wallet.low_balance";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The hot address that cannot pay, what it can spend and the withdrawals waiting */
            data: components["schemas"]["LowBalanceAlert"];
        };
        /** @description A reconciliation found custody addresses whose on-chain balance differs from the ledger at its block; `mismatches` lists them with the difference and the likely cause. */
        ReconciliationMismatchEvent: {
            /**
             * @description The event type: always `reconciliation.mismatch`
             * @example reconciliation.mismatch
             * @constant
             */
            type: "reconciliation.mismatch";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The reconciliation run with its first mismatched report lines */
            data: components["schemas"]["ReconciliationMismatch"];
        };
        /** @description A reconciliation run could not complete (e.g. the follower never reached its block); `statusReason` says why. */
        ReconciliationFailedEvent: {
            /**
             * @description The event type: always `reconciliation.failed`
             * @example reconciliation.failed
             * @constant
             */
            type: "reconciliation.failed";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The reconciliation run, in the shape `GET /v1/reconciliations` lists it */
            data: components["schemas"]["Reconciliation"];
        };
        /** @description An operator booked an adjusting journal entry (audited: who, why, which account). */
        LedgerAdjustmentCreatedEvent: {
            /**
             * @description The event type: always `ledger.adjustment.created`
             * @example ledger.adjustment.created
             * @constant
             */
            type: "ledger.adjustment.created";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The adjustment, in the shape `GET /v1/ledger/adjustments` lists it */
            data: components["schemas"]["LedgerAdjustment"];
        };
        /** @description An adjustment that touches customer funds or is above ADJUSTMENT_APPROVAL_THRESHOLD waits for another party; nothing is booked yet. */
        LedgerAdjustmentRequestedEvent: {
            /**
             * @description The event type: always `ledger.adjustment.requested`
             * @example ledger.adjustment.requested
             * @constant
             */
            type: "ledger.adjustment.requested";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The adjustment request, in the shape `GET /v1/ledger/adjustment-requests/{requestId}` returns it */
            data: components["schemas"]["AdjustmentRequest"];
        };
        /** @description Another party approved (`posted`: booked, with its own `ledger.adjustment.created`) or rejected an adjustment request. */
        LedgerAdjustmentDecidedEvent: {
            /**
             * @description The event type: always `ledger.adjustment.decided`
             * @example ledger.adjustment.decided
             * @constant
             */
            type: "ledger.adjustment.decided";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The adjustment request, in the shape `GET /v1/ledger/adjustment-requests/{requestId}` returns it */
            data: components["schemas"]["AdjustmentRequest"];
        };
        /** @description A change of a withdrawal policy (the wallet default included) or of an allowlist took effect: at once when it tightens, or when the last required approver of another party approved it. */
        PolicyChangedEvent: {
            /**
             * @description The event type: always `policy.changed`
             * @example policy.changed
             * @constant
             */
            type: "policy.changed";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The policy change, in the shape `GET /v1/policy-changes/{changeId}` returns it */
            data: components["schemas"]["PolicyChange"];
        };
        /** @description A change that loosens a withdrawal policy or an allowlist was requested; it waits for approvals by other parties. */
        PolicyChangePendingEvent: {
            /**
             * @description The event type: always `policy.change_pending`
             * @example policy.change_pending
             * @constant
             */
            type: "policy.change_pending";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The policy change, in the shape `GET /v1/policy-changes/{changeId}` returns it */
            data: components["schemas"]["PolicyChange"];
        };
        /** @description An approver rejected a pending policy change; nothing changed. */
        PolicyChangeRejectedEvent: {
            /**
             * @description The event type: always `policy.change_rejected`
             * @example policy.change_rejected
             * @constant
             */
            type: "policy.change_rejected";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The policy change, in the shape `GET /v1/policy-changes/{changeId}` returns it */
            data: components["schemas"]["PolicyChange"];
        };
        /** @description A webhook endpoint was disabled: it answered 410 Gone, or no attempt to it succeeded for the configured period (5 days by default). */
        WebhookEndpointDisabledEvent: {
            /**
             * @description The event type: always `webhook_endpoint.disabled`
             * @example webhook_endpoint.disabled
             * @constant
             */
            type: "webhook_endpoint.disabled";
            /**
             * Format: date-time
             * @description When the change happened (the same on every retry)
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The webhook endpoint, in the shape the REST API returns it */
            data: components["schemas"]["WebhookEndpoint"];
        };
        /** @description A new wallet */
        CreateWalletRequest: {
            /**
             * @description Name of the wallet
             * @example Exchange hot wallet
             */
            label: string;
            /**
             * @description `hd`: BIP-39 seed sealed under the key backend, with deposit addresses; `kms-key` (KEY_BACKEND=aws-kms) / `hsm-key` (KEY_BACKEND=pkcs11): one secp256k1 key inside AWS KMS or the HSM, one address
             * @default hd
             * @example hd
             * @enum {string}
             */
            custody: "hd" | "kms-key" | "hsm-key";
            /**
             * @description Adopt an existing key instead of creating one: a KMS key id, ARN or alias (`kms-key`), or the CKA_LABEL of a non-extractable secp256k1 key pair in the token (`hsm-key`)
             * @example alias/treasury-signer
             */
            keyRef?: string;
        };
        /** @description A new deposit address; the body may be empty */
        CreateAddressRequest: {
            /**
             * @description Your label for the address
             * @example customer 42
             */
            label?: string;
            /**
             * @description Your id for this address; unique within the wallet
             * @example cust-42
             */
            externalId?: string;
        };
        /** @description A withdrawal to request */
        CreateWithdrawalRequest: {
            /**
             * Format: uuid
             * @description Wallet to pay from (its hot address sends)
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            walletId: string;
            asset: components["schemas"]["AssetId"];
            /** @description Destination address */
            to: components["schemas"]["Address"];
            /**
             * @description Positive integer amount of base units (wei for ETH) as a decimal string
             * @example 1500000000000000000
             */
            amount: components["schemas"]["Amount"];
            /**
             * @description Your id for this withdrawal; unique forever per API client
             * @example wd-2026-000123
             */
            externalId?: string;
        };
        /**
         * @description Asset: `{chainId}:native` or `{chainId}:{tokenAddress}`
         * @example 31337:native
         */
        AssetId: string;
        /**
         * @description EVM address; EIP-55 checksummed on output, checksum-validated on input when mixed case
         * @example 0x70997970C51812dc3A010C7d01b50e0d17dc79C8
         */
        Address: string;
        /**
         * @description Integer amount of base units (wei for ETH) as a decimal string
         * @example 1500000000000000000
         */
        Amount: string;
        /**
         * @description `pending_approval → queued → signing → submitted → mined → confirmed`; terminal: `confirmed`, `failed` (reverted on chain), `cancelled`, `rejected` (by an approver)
         * @example queued
         * @enum {string}
         */
        WithdrawalStatus: "pending_approval" | "queued" | "signing" | "submitted" | "mined" | "confirmed" | "failed" | "cancelled" | "rejected";
        /** @description When and where deposit addresses of the wallet are swept for the asset */
        SetSweepPolicyRequest: {
            /**
             * @description Sweep a deposit address once its confirmed balance reaches this (base units)
             * @example 100000000
             */
            threshold: components["schemas"]["Amount"];
            /**
             * @description Wallet whose hot address receives the sweeps, e.g. a kms-key treasury; null or absent: this wallet's hot address
             * @default null
             */
            destinationWalletId: string | null;
            /**
             * @description Whether the sweeper acts on the policy (default true); false keeps it without sweeping
             * @default true
             * @example true
             */
            enabled: boolean;
        };
        /**
         * @description Role in the chart of accounts (README, "Ledger and reconciliation")
         * @example hot
         * @enum {string}
         */
        LedgerAccountRole: "hot" | "deposit" | "treasury" | "custody" | "customer" | "network_fee" | "withdrawal_fee" | "other_income" | "equity" | "suspense";
        /** @description A checker's decision; the body may be empty */
        AdjustmentDecisionRequest: {
            /**
             * @description Why (kept with the decision)
             * @example matches the bank statement
             */
            comment?: string;
        };
        /**
         * @description `queued → running → matched | mismatched | failed`: `matched` (every line matches), `mismatched` (some line differs), `failed` (the run could not complete; see `statusReason`)
         * @example matched
         * @enum {string}
         */
        ReconciliationStatus: "queued" | "running" | "matched" | "mismatched" | "failed";
        /** @description A URL to receive events, and which events */
        CreateWebhookEndpointRequest: {
            /**
             * @description Where deliveries are POSTed. https (http only in development and tests); it must not resolve to a private, loopback or link-local address unless WEBHOOK_ALLOWED_NETWORKS allows it
             * @example https://merchant.example/webhooks/custody
             */
            url: string;
            /**
             * @description Your description of the endpoint (at most 500 characters)
             * @example Order service, production
             */
            description?: string;
            /**
             * @description Event types or groups to receive; empty or absent = every event
             * @example [
             *       "deposit.*",
             *       "withdrawal.confirmed"
             *     ]
             */
            eventTypes?: string[];
            /**
             * @description Keep an excerpt of each response body (at most 1,024 characters) in the delivery log. Off by default: the log keeps the status and a few headers only. Turning it on needs a key with the `admin` scope; a URL change by another key turns it off.
             * @example false
             */
            storeResponseBody?: boolean;
        };
        /** @description The fields to change; absent fields keep their value */
        UpdateWebhookEndpointRequest: {
            /**
             * @description Where deliveries are POSTed. https (http only in development and tests); it must not resolve to a private, loopback or link-local address unless WEBHOOK_ALLOWED_NETWORKS allows it
             * @example https://merchant.example/webhooks/custody
             */
            url?: string;
            /**
             * @description Your description of the endpoint (at most 500 characters)
             * @example Order service, production
             */
            description?: string;
            /**
             * @description Event types or groups to receive; empty or absent = every event
             * @example [
             *       "deposit.*",
             *       "withdrawal.confirmed"
             *     ]
             */
            eventTypes?: string[];
            /**
             * @description Keep an excerpt of each response body (at most 1,024 characters) in the delivery log. Off by default: the log keeps the status and a few headers only. Turning it on needs a key with the `admin` scope; a URL change by another key turns it off.
             * @example false
             */
            storeResponseBody?: boolean;
        };
        /** @description How long the current secret keeps signing beside the new one */
        RotateWebhookSecretRequest: {
            /**
             * @description How long the current secret keeps signing beside the new one (default 86400 = 24 h; 0 = stop at once)
             * @example 86400
             */
            gracePeriodSeconds?: number;
        };
        /** @description Where to send the event again */
        RedeliverEventRequest: {
            /**
             * Format: uuid
             * @description Only to this endpoint; absent: every enabled endpoint whose event types match
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            endpointId?: string;
        };
        /** @description An approver's decision; the body may be empty */
        ApprovalDecisionRequest: {
            /**
             * @description Why (kept with the decision)
             * @example checked with the customer by phone
             */
            comment?: string;
        };
        /**
         * @description Asset of a policy: `{chainId}:native`, `{chainId}:{tokenAddress}`, or `default` for the wallet's default policy (applies to every asset of the wallet without a policy of its own)
         * @example 31337:native
         */
        PolicyAssetId: string;
        /** @description The whole policy: absent rules are not configured */
        SetWithdrawalPolicyRequest: {
            /**
             * @description Largest amount of one withdrawal (base units); null or absent: no maximum
             * @example 5000000000000000000
             */
            maxPerTransaction?: components["schemas"]["Amount"] | null;
            /**
             * @description Most that may be requested over any rolling 24 h, this request included (base units); null or absent: no limit
             * @example 20000000000000000000
             */
            velocityLimit24h?: components["schemas"]["Amount"] | null;
            /**
             * @description Only pay destinations on the wallet's allowlist that are past their cooling-off period (default false)
             * @example true
             */
            allowlistRequired?: boolean;
            /**
             * @description Seconds an allowlist entry must wait after it was added (default 86400; at least POLICY_MIN_COOLING_OFF_SECONDS)
             * @example 86400
             */
            allowlistCoolingOffSeconds?: number;
            /**
             * @description Withdrawals above this amount (base units) wait for approvals; null or absent: no approval rule
             * @example 1000000000000000000
             */
            approvalThreshold?: components["schemas"]["Amount"] | null;
            /**
             * @description Distinct approvers needed above a threshold (default 1 with a threshold)
             * @example 2
             */
            approvalsRequired?: number;
            /**
             * @description When the wallet's withdrawals of the asset over the last 24 h, this one included, exceed this amount (base units), the withdrawal waits for approvals; null or absent: none
             * @example 5000000000000000000
             */
            approvalThreshold24h?: components["schemas"]["Amount"] | null;
        };
        /** @description A destination to put on the allowlist */
        AddAllowlistEntryRequest: {
            /** @description Destination to allow (EIP-55 checksummed or all lowercase) */
            address: components["schemas"]["Address"];
            /**
             * @description Your label
             * @example cold storage
             */
            label?: string;
        };
        /** @description A new API key */
        CreateApiKeyRequest: {
            /**
             * @description Name of the key (who or what uses it)
             * @example settlement service
             */
            name: string;
            /**
             * @description Scopes to grant
             * @example [
             *       "withdrawals:write",
             *       "withdrawals:read"
             *     ]
             */
            scopes: components["schemas"]["Scope"][];
            /**
             * Format: uuid
             * @description Add the key to this existing API client (shares its idempotency keys and externalIds); absent: a new client
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            clientId?: string;
            /**
             * @description CIDR blocks (or single addresses) the key may be used from; absent or empty: anywhere
             * @example [
             *       "203.0.113.0/24",
             *       "2001:db8::/32"
             *     ]
             */
            allowedCidrs?: string[];
            /**
             * @description Requests per rate-limit window for this key (default RATE_LIMIT_REQUESTS)
             * @example 600
             */
            rateLimit?: number;
            /**
             * Format: date-time
             * @description When the key stops working (ISO 8601, in the future); absent: never
             * @example 2027-06-30T00:00:00Z
             */
            expiresAt?: string;
            /**
             * @description The person or team behind the key (stored lower case). Required with `approver` or `admin`: approvals count distinct identities and never the requester's. Absent: `key:<id>`, a party of its own
             * @example alice@example.com
             */
            approverIdentity?: string;
        };
        /**
         * @description Permission of an API key. `admin` grants every scope (and the admin routes); `approver` lets a key approve or reject withdrawals awaiting approval; `audit:read` reads the audit log.
         * @example withdrawals:write
         * @enum {string}
         */
        Scope: "wallets:read" | "wallets:write" | "withdrawals:read" | "withdrawals:write" | "deposits:read" | "ledger:read" | "ledger:write" | "events:read" | "webhooks:read" | "webhooks:write" | "policies:read" | "policies:write" | "approver" | "audit:read" | "admin";
        /** @description An approver's decision on a policy change; the body may be empty */
        PolicyChangeDecisionRequest: {
            /**
             * @description Why (kept with the decision)
             * @example agreed in the change board
             */
            comment?: string;
        };
        /** @description One report line: a custody address and asset, its balance on chain and in the ledger at the block */
        ReconciliationItem: {
            /** @description The custody address */
            address: components["schemas"]["Address"];
            asset: components["schemas"]["AssetId"];
            /** @description The custody address account (null if the address never had one) */
            accountId: string | null;
            /** @description The wallet the address belongs to (null for an address of no wallet) */
            walletId: string | null;
            /**
             * @description Balance on chain at the block (base units)
             * @example 2250000000000000000
             */
            onChain: string;
            /**
             * @description Posted balance of entries of blocks up to the block (base units)
             * @example 2000000000000000000
             */
            ledgerPosted: string;
            /**
             * @description Seen on chain up to the block, not yet credited (deposits awaiting confirmations; base units)
             * @example 0
             */
            pendingInbound: string;
            /**
             * @description Spent on chain up to the block by our transactions, not yet settled (value and gas; base units)
             * @example 0
             */
            pendingOutbound: string;
            /**
             * @description ledgerPosted + pendingInbound − pendingOutbound (base units)
             * @example 2000000000000000000
             */
            expected: string;
            /**
             * @description onChain − expected (base units, signed); what an adjustment would book
             * @example 250000000000000000
             */
            difference: string;
            /**
             * @description `matched` when the difference is zero
             * @example mismatched
             * @enum {string}
             */
            status: "matched" | "mismatched";
            /**
             * @description For a mismatch: `unbooked_inbound_transfer` (more on chain: value arrived in a way the follower does not see), `unbooked_gas` (less: the address sent transactions the service did not sign), `unknown_outflow` (less, otherwise); null when matched
             * @example unbooked_inbound_transfer
             */
            likelyCause: ("unbooked_inbound_transfer" | "unbooked_gas" | "unknown_outflow") | null;
            /** @description First block at which the difference appears (bisection; null when unknown) */
            firstSeenBlock: string | null;
            /**
             * @description The likely cause, explained for finance; null when matched
             * @example the address holds 0.25 ETH more than the ledger expects at block 18234567: value arrived in a way the block follower does not see (a contract's internal call, a selfdestruct, a block or withdrawal reward); book it with an adjustment
             */
            detail: string | null;
        };
        /** @description A custody wallet: its hot address sends withdrawals; deposit addresses are derived from its xpub */
        Wallet: {
            /**
             * Format: uuid
             * @description Wallet id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description Name of the wallet
             * @example Exchange hot wallet
             */
            label: string;
            /**
             * @description How its keys are held: `hd` (sealed BIP-39 seed), `kms-key` (AWS KMS key), `hsm-key` (HSM key)
             * @example hd
             * @enum {string}
             */
            custody: "hd" | "kms-key" | "hsm-key";
            /**
             * @description Key backend that wraps (or holds) the key
             * @example local
             */
            keyBackend: string;
            /** @description The wallet's hot address (m/44'/60'/0'/0/0 for hd wallets) */
            hotAddress: components["schemas"]["Address"];
            /**
             * @description Account extended public key (m/44'/60'/0'); null for single-key wallets
             * @example xpub6CUGRUonZSQ4TWtTMmzXdrXDtypWKiKrhko4egpiMZbpiaQL2jkwSB1icqYh2cfDfVxdx4df189oLKnC5fSwqPfgyP3hooxujYzAu3fDVmz
             */
            xpub: string | null;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
        };
        /** @description RFC 9457 problem details. Some codes add members: `existingId` (external_id_conflict, allowlist_entry_exists), `available`/`requested`/`asset` (insufficient_balance), `rule`/`decision` (policy_violation), `reason` (destination_refused), `retryAfterSeconds` (rate_limited, idempotency_key_in_flight, replacement_too_soon), `status` (invalid_state). */
        Problem: {
            /**
             * @description URI reference of the problem type: `urn:custody:problem:` + `code`
             * @example urn:custody:problem:insufficient_balance
             */
            type: string;
            /**
             * @description Short summary of the problem type (the same for every occurrence of a code)
             * @example Insufficient available balance
             */
            title: string;
            /**
             * @description HTTP status code
             * @example 422
             */
            status: number;
            /**
             * @description Explanation specific to this occurrence
             * @example available balance 100 is below the requested amount 150 (base units of 31337:native)
             */
            detail: string;
            /**
             * @description The request path this problem occurred on
             * @example /v1/withdrawals
             */
            instance: string;
            code: components["schemas"]["ErrorCode"];
            /**
             * @description Id of the request (also in the `X-Request-Id` response header and in every log line of the request)
             * @example 6f1c9f5e-8a51-4a5e-9f0b-3f1d2c4b5a69
             */
            requestId: string;
            /** @description Field errors with JSON pointers (RFC 6901) into the request (validation problems) */
            errors?: components["schemas"]["FieldError"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Stable error code. The catalogue (status, title, when it is returned) is in the "Errors" section of this document and in `x-error-codes`.
         * @example insufficient_balance
         * @enum {string}
         */
        ErrorCode: "validation_failed" | "invalid_json" | "idempotency_key_missing" | "unauthorized" | "forbidden" | "not_found" | "wallet_not_found" | "withdrawal_not_found" | "deposit_not_found" | "ledger_account_not_found" | "kek_rotation_not_found" | "ledger_entry_not_found" | "reconciliation_not_found" | "webhook_endpoint_not_found" | "event_not_found" | "unsupported_media_type" | "payload_too_large" | "idempotency_key_in_flight" | "external_id_conflict" | "invalid_state" | "idempotency_key_reused" | "unknown_asset" | "unknown_chain" | "insufficient_balance" | "block_not_reached" | "invalid_adjustment" | "custody_not_supported" | "webhook_url_refused" | "rate_limited" | "internal" | "dependency_unavailable" | "key_backend_failed" | "key_backend_unavailable" | "key_unusable" | "rpc_failed" | "config_invalid" | "ip_not_allowed" | "approval_not_allowed" | "api_key_not_found" | "policy_not_found" | "allowlist_entry_not_found" | "approval_already_recorded" | "allowlist_entry_exists" | "policy_violation" | "replacement_too_soon" | "destination_refused" | "webhook_endpoint_limit_reached" | "invalid_cursor" | "idempotency_claim_lost" | "idempotency_response_withheld" | "too_many_exports" | "api_key_not_approved" | "adjustment_request_not_found" | "adjustment_exceeds_difference" | "adjustment_backdated" | "policy_change_not_found" | "policy_change_not_allowed" | "policy_required";
        /** @description One invalid field of the request */
        FieldError: {
            /**
             * @description JSON pointer (RFC 6901) into the request: the body (`/amount`), or `/path/…`, `/query/…`, `/headers/…`
             * @example /amount
             */
            pointer: string;
            /**
             * @description What is wrong with that field
             * @example must be greater than zero
             */
            detail: string;
        };
        /** @description A page of Wallet items, with the cursor of the next page */
        WalletList: {
            /** @description The items of this page */
            data: components["schemas"]["Wallet"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description An address of a wallet */
        WalletAddress: {
            /**
             * Format: uuid
             * @description Address id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * Format: uuid
             * @description Wallet the address belongs to
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            walletId: string;
            /** @description The address (EIP-55 checksummed) */
            address: components["schemas"]["Address"];
            /**
             * @description `hot` (index 0, sends withdrawals) or `deposit` (handed to a customer)
             * @example deposit
             * @enum {string}
             */
            kind: "hot" | "deposit";
            /**
             * @description BIP-44 address index i of m/44'/60'/0'/0/i
             * @example 1
             */
            index: number;
            /**
             * @description BIP-32 derivation path; null for single-key wallets
             * @example m/44'/60'/0'/0/1
             */
            path: string | null;
            /**
             * @description Your label
             * @example customer 42
             */
            label: string | null;
            /**
             * @description Your id for this address (unique within the wallet)
             * @example cust-42
             */
            externalId: string | null;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
        };
        /** @description A page of WalletAddress items, with the cursor of the next page */
        WalletAddressList: {
            /** @description The items of this page */
            data: components["schemas"]["WalletAddress"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description A wallet's balances */
        BalanceList: {
            /** @description One balance per configured asset */
            data: components["schemas"]["Balance"][];
        };
        /** @description A wallet's balance of one asset, from the ledger (base units) */
        Balance: {
            asset: components["schemas"]["AssetId"];
            /** @description May be withdrawn now: total − pending */
            available: components["schemas"]["Amount"];
            /** @description On hold for withdrawals in flight (including those awaiting approval) */
            pending: components["schemas"]["Amount"];
            /** @description Credited and not yet paid out */
            total: components["schemas"]["Amount"];
        };
        /** @description A transfer out of a custody wallet */
        Withdrawal: {
            /**
             * Format: uuid
             * @description Withdrawal id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description What the transfer is for
             * @example withdrawal
             * @enum {string}
             */
            kind: "withdrawal" | "sweep" | "topup" | "nonce_fill";
            /**
             * Format: uuid
             * @description Wallet paying
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            walletId: string;
            /**
             * @description Your id for this withdrawal (unique forever per API client)
             * @example wd-2026-000123
             */
            externalId: string | null;
            /**
             * @description EIP-155 chain id
             * @example 31337
             */
            chainId: number;
            asset: components["schemas"]["AssetId"];
            /** @description Sending address (the wallet hot address) */
            from: components["schemas"]["Address"];
            /** @description Destination address */
            to: components["schemas"]["Address"];
            /** @description Amount, base units */
            amount: components["schemas"]["Amount"];
            status: components["schemas"]["WithdrawalStatus"];
            /**
             * @description Why the withdrawal waits or ended as it did
             * @example insufficient_funds
             */
            statusReason: string | null;
            /**
             * @description Nonce allocated at signing, decimal string
             * @example 42
             */
            nonce: string | null;
            /** @description Hash of the latest (or the mined) attempt */
            txHash: string | null;
            /** @description Block the transaction was mined in */
            blockNumber: string | null;
            /**
             * @description Gas used by the mined transaction
             * @example 21000
             */
            gasUsed: components["schemas"]["Amount"] | null;
            /**
             * @description Gas actually paid, in wei
             * @example 420000000000000
             */
            networkFee: components["schemas"]["Amount"] | null;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            updatedAt: string;
            /** @description When a node first accepted its transaction */
            submittedAt: string | null;
            /** @description When it was seen mined */
            minedAt: string | null;
            /** @description When it reached the confirmation depth (or failed) */
            confirmedAt: string | null;
            /** @description What the withdrawal policy decided at request time; null for transfers not requested through the API */
            policyDecision: components["schemas"]["PolicyDecision"] | null;
            /**
             * @description Distinct approvals needed while `pending_approval` (0: none)
             * @example 0
             */
            approvalsRequired: number;
            /**
             * @description True when a replacement would exceed the chain's fee cap: the withdrawal waits at its last fees (speed it up after raising the cap, or cancel it)
             * @example false
             */
            stuck: boolean;
            /** @description When a cancel was requested after signing; the withdrawal ends `cancelled` only if the cancel is what gets mined */
            cancelRequestedAt: string | null;
            /** @description Every signed transaction (single-withdrawal responses only) */
            attempts?: components["schemas"]["Attempt"][];
            /**
             * @description Most the withdrawal can cost in network fees, wei: the highest gasLimit × maxFeePerGas of its attempts; null before signing (single-withdrawal responses only). Bounded by the chain's gas-limit ceilings, fee caps and `maxNetworkFeeWei`
             * @example 630000000000000
             */
            maxNetworkFee?: components["schemas"]["Amount"] | null;
            /** @description Approver decisions (single-withdrawal responses only) */
            approvals?: components["schemas"]["Approval"][];
        };
        /** @description What the withdrawal policy of the wallet and asset decided at request time, and why */
        PolicyDecision: {
            /** @description The policy evaluated; null when the wallet has no policy for the asset */
            policyId: string | null;
            /**
             * @description Version of the policy evaluated (increments on every change)
             * @example 3
             */
            policyVersion: number | null;
            /**
             * @description `asset`: the policy of the wallet and asset; `wallet_default`: the wallet's default policy (no policy of the asset); null: no policy applied
             * @example asset
             */
            policyScope?: ("asset" | "wallet_default") | null;
            /**
             * @description When the policy was evaluated
             * @example 2026-11-21T09:30:00.000Z
             */
            evaluatedAt: string;
            /**
             * @description What the policy decided
             * @example pending_approval
             * @enum {string}
             */
            outcome: "allowed" | "pending_approval" | "refused";
            /** @description The rule that decided: the first failing rule when refused, `approval` when pending approval, null when allowed */
            rule: components["schemas"]["PolicyRuleName"] | null;
            /**
             * @description Distinct approvals required before the withdrawal is queued
             * @example 2
             */
            approvalsRequired: number;
            /** @description Every rule of the policy, in evaluation order */
            rules: components["schemas"]["PolicyRuleResult"][];
        };
        /**
         * @description A rule of a withdrawal policy
         * @example velocity_24h
         * @enum {string}
         */
        PolicyRuleName: "max_per_transaction" | "velocity_24h" | "allowlist" | "approval" | "approval_24h" | "default_deny";
        /** @description How one rule judged the withdrawal */
        PolicyRuleResult: {
            rule: components["schemas"]["PolicyRuleName"];
            /**
             * @description The result of the rule
             * @example pass
             * @enum {string}
             */
            result: "pass" | "fail" | "approval_required" | "not_configured";
            /**
             * @description Human-readable explanation with the figures compared
             * @example 1000 requested in the last 24 h + 500 = 1500 ≤ limit 5000
             */
            detail: string;
            /**
             * @description The configured limit or threshold (base units)
             * @example 5000
             */
            limit?: components["schemas"]["Amount"];
            /**
             * @description The value compared with it (base units)
             * @example 1500
             */
            value?: components["schemas"]["Amount"];
        };
        /** @description One signed transaction for the withdrawal's nonce */
        Attempt: {
            /**
             * Format: uuid
             * @description Attempt id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description `original`, a fee-bump `replacement` (same nonce) or a `cancel` (0-value self-send, same nonce)
             * @example original
             * @enum {string}
             */
            kind: "original" | "replacement" | "cancel";
            /**
             * @description Nonce of the transaction, decimal string
             * @example 42
             */
            nonce: string;
            /**
             * @description Transaction hash (32 bytes, hex)
             * @example 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060
             */
            txHash: string;
            /**
             * @description Attempt state: `signed → broadcast → mined | replaced | dropped`
             * @example mined
             * @enum {string}
             */
            status: "signed" | "broadcast" | "mined" | "replaced" | "dropped";
            /**
             * @description EIP-1559 maxFeePerGas, wei
             * @example 30000000000
             */
            maxFeePerGas: components["schemas"]["Amount"];
            /**
             * @description EIP-1559 maxPriorityFeePerGas, wei
             * @example 1500000000
             */
            maxPriorityFeePerGas: components["schemas"]["Amount"];
            /**
             * @description Gas limit
             * @example 21000
             */
            gasLimit: components["schemas"]["Amount"];
            /**
             * @description Most this transaction can cost in network fees: gasLimit × maxFeePerGas, wei
             * @example 630000000000000
             */
            maxNetworkFee: components["schemas"]["Amount"];
            /**
             * @description How many times a node accepted it
             * @example 1
             */
            broadcastCount: number;
            /** @description When a node first accepted it */
            firstBroadcastAt: string | null;
            /**
             * @description Last broadcast error, if any
             * @example nonce_too_low: nonce too low
             */
            lastError: string | null;
            /** @description Block it was mined in */
            blockNumber: string | null;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
        };
        /** @description An approver's decision on a withdrawal */
        Approval: {
            /**
             * Format: uuid
             * @description API key of the approver
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            apiKeyId: string;
            /**
             * Format: uuid
             * @description API client of the approver
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            clientId: string;
            /**
             * @description Approver identity of the key (a quorum counts distinct identities)
             * @example carol@example.com
             */
            approverIdentity: string;
            /**
             * @description The decision
             * @example approve
             * @enum {string}
             */
            decision: "approve" | "reject";
            /**
             * @description The approver's comment
             * @example checked with the customer by phone
             */
            comment: string | null;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
        };
        /** @description A page of Withdrawal items, with the cursor of the next page */
        WithdrawalList: {
            /** @description The items of this page */
            data: components["schemas"]["Withdrawal"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description A page of Deposit items, with the cursor of the next page */
        DepositList: {
            /** @description The items of this page */
            data: components["schemas"]["Deposit"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description An inbound transfer to an address of a wallet */
        Deposit: {
            /**
             * Format: uuid
             * @description Deposit id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * Format: uuid
             * @description Wallet credited
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            walletId: string;
            /**
             * Format: uuid
             * @description Address that received it
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            addressId: string;
            /**
             * @description EIP-155 chain id
             * @example 31337
             */
            chainId: number;
            asset: components["schemas"]["AssetId"];
            /** @description Receiving address */
            address: components["schemas"]["Address"];
            /** @description Sender */
            from: components["schemas"]["Address"];
            /** @description Amount received, base units */
            amount: components["schemas"]["Amount"];
            /**
             * @description Transaction hash (32 bytes, hex)
             * @example 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060
             */
            txHash: string;
            /**
             * @description Log index of a token transfer; -1 for a native transfer
             * @example -1
             */
            logIndex: number;
            /**
             * @description Block number, decimal string
             * @example 18234567
             */
            blockNumber: string;
            /**
             * @description Hash of the block
             * @example 0x9f4e5c0a1d2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5
             */
            blockHash: string;
            /**
             * @description `detected` (seen in a block), `confirmed` (credited at depth), `orphaned` (reorged out)
             * @example confirmed
             * @enum {string}
             */
            status: "detected" | "confirmed" | "orphaned";
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            detectedAt: string;
            /** @description When it was credited */
            confirmedAt: string | null;
            /** @description When it was reorged out */
            orphanedAt: string | null;
        };
        /** @description When and where deposit addresses of a wallet are swept for one asset */
        SweepPolicy: {
            /**
             * Format: uuid
             * @description Wallet whose deposit addresses are swept
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            walletId: string;
            asset: components["schemas"]["AssetId"];
            /**
             * @description EIP-155 chain id
             * @example 31337
             */
            chainId: number;
            /**
             * @description A deposit address is swept once its confirmed balance of the asset reaches this (base units)
             * @example 100000000
             */
            threshold: components["schemas"]["Amount"];
            /** @description Wallet whose hot address receives the sweeps (e.g. a kms-key treasury); null: this wallet's hot address */
            destinationWalletId: string | null;
            /**
             * @description Whether the sweeper acts on this policy
             * @example true
             */
            enabled: boolean;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            updatedAt: string;
        };
        /** @description A wallet's sweep policies */
        SweepPolicyList: {
            /** @description The wallet's sweep policies, one per asset */
            data: components["schemas"]["SweepPolicy"][];
        };
        /** @description A page of Sweep items, with the cursor of the next page */
        SweepList: {
            /** @description The items of this page */
            data: components["schemas"]["Sweep"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description A sweep: a withdrawal of kind `sweep` from a deposit address to the destination wallet */
        Sweep: {
            /**
             * Format: uuid
             * @description Withdrawal id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description What the transfer is for
             * @example withdrawal
             * @enum {string}
             */
            kind: "withdrawal" | "sweep" | "topup" | "nonce_fill";
            /**
             * Format: uuid
             * @description Wallet paying
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            walletId: string;
            /**
             * @description Your id for this withdrawal (unique forever per API client)
             * @example wd-2026-000123
             */
            externalId: string | null;
            /**
             * @description EIP-155 chain id
             * @example 31337
             */
            chainId: number;
            asset: components["schemas"]["AssetId"];
            /** @description Sending address (the wallet hot address) */
            from: components["schemas"]["Address"];
            /** @description Destination address */
            to: components["schemas"]["Address"];
            /** @description Amount, base units */
            amount: components["schemas"]["Amount"];
            status: components["schemas"]["WithdrawalStatus"];
            /**
             * @description Why the withdrawal waits or ended as it did
             * @example insufficient_funds
             */
            statusReason: string | null;
            /**
             * @description Nonce allocated at signing, decimal string
             * @example 42
             */
            nonce: string | null;
            /** @description Hash of the latest (or the mined) attempt */
            txHash: string | null;
            /** @description Block the transaction was mined in */
            blockNumber: string | null;
            /**
             * @description Gas used by the mined transaction
             * @example 21000
             */
            gasUsed: components["schemas"]["Amount"] | null;
            /**
             * @description Gas actually paid, in wei
             * @example 420000000000000
             */
            networkFee: components["schemas"]["Amount"] | null;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            updatedAt: string;
            /** @description When a node first accepted its transaction */
            submittedAt: string | null;
            /** @description When it was seen mined */
            minedAt: string | null;
            /** @description When it reached the confirmation depth (or failed) */
            confirmedAt: string | null;
            /** @description What the withdrawal policy decided at request time; null for transfers not requested through the API */
            policyDecision: components["schemas"]["PolicyDecision"] | null;
            /**
             * @description Distinct approvals needed while `pending_approval` (0: none)
             * @example 0
             */
            approvalsRequired: number;
            /**
             * @description True when a replacement would exceed the chain's fee cap: the withdrawal waits at its last fees (speed it up after raising the cap, or cancel it)
             * @example false
             */
            stuck: boolean;
            /** @description When a cancel was requested after signing; the withdrawal ends `cancelled` only if the cancel is what gets mined */
            cancelRequestedAt: string | null;
            /** @description Every signed transaction (single-withdrawal responses only) */
            attempts?: components["schemas"]["Attempt"][];
            /**
             * @description Most the withdrawal can cost in network fees, wei: the highest gasLimit × maxFeePerGas of its attempts; null before signing (single-withdrawal responses only). Bounded by the chain's gas-limit ceilings, fee caps and `maxNetworkFeeWei`
             * @example 630000000000000
             */
            maxNetworkFee?: components["schemas"]["Amount"] | null;
            /** @description Approver decisions (single-withdrawal responses only) */
            approvals?: components["schemas"]["Approval"][];
            /** @description The deposit address this sweep empties */
            depositAddressId: string | null;
            /** @description The wallet whose hot address receives the sweep */
            destinationWalletId: string | null;
            /** @description Gas limit the sweep is signed with */
            gasLimit: components["schemas"]["Amount"] | null;
            /** @description Highest fee per gas (wei) the sweep may pay: what the deposit address holds for gas */
            maxFeePerGas: components["schemas"]["Amount"] | null;
            /** @description The gas top-up that paid for a token sweep (a withdrawal of kind `topup` from the hot address) */
            topUp: {
                /**
                 * Format: uuid
                 * @description The top-up (a withdrawal of kind `topup`)
                 * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
                 */
                id: string;
                /** @description The hot address that paid the gas */
                from: components["schemas"]["Address"];
                /** @description Wei sent to the deposit address for the gas of this sweep */
                amount: components["schemas"]["Amount"];
                status: components["schemas"]["WithdrawalStatus"];
                txHash: string | null;
                /** @description Gas the top-up itself paid (wei) */
                networkFee: components["schemas"]["Amount"] | null;
            } | null;
            /** @description Native base units left at the deposit address now (ledger, equal to the chain once settled) */
            nativeDust: components["schemas"]["Amount"];
        };
        /** @description A page of LedgerAccount items, with the cursor of the next page */
        LedgerAccountList: {
            /** @description The items of this page */
            data: components["schemas"]["LedgerAccount"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description An account of the double-entry ledger with its balances */
        LedgerAccount: {
            /**
             * Format: uuid
             * @description Account id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description Unique account code
             * @example liability:31337:native:wallet:019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            code: string;
            /**
             * @description Account type
             * @example liability
             * @enum {string}
             */
            type: "asset" | "liability" | "expense" | "revenue" | "equity" | "suspense";
            role: components["schemas"]["LedgerAccountRole"];
            /**
             * @description Side that increases the balance
             * @example credit
             * @enum {string}
             */
            normalBalance: "debit" | "credit";
            asset: components["schemas"]["AssetId"];
            /**
             * @description EIP-155 chain id
             * @example 31337
             */
            chainId: number;
            /** @description Wallet of a customer liability or address account */
            walletId: string | null;
            /** @description Address of an on-chain asset account */
            address: components["schemas"]["Address"] | null;
            /**
             * @description Display name
             * @example Customer funds of wallet 019a8f6e
             */
            name: string;
            balances: components["schemas"]["LedgerBalances"];
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
        };
        /** @description Balances in base units */
        LedgerBalances: {
            /**
             * @description Settled balance, base units, signed by the normal balance
             * @example 12000000000000000000
             */
            posted: string;
            /**
             * @description posted + pending inflows − pending outflows
             * @example 11000000000000000000
             */
            pending: string;
            /**
             * @description posted − pending outflows
             * @example 11000000000000000000
             */
            available: string;
        };
        /** @description A page of LedgerAccountEntry items, with the cursor of the next page */
        LedgerAccountEntryList: {
            /** @description The items of this page */
            data: components["schemas"]["LedgerAccountEntry"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description A journal entry as seen from one account */
        LedgerAccountEntry: {
            /**
             * Format: uuid
             * @description Journal entry id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description The entry's position in the whole journal, decimal string
             * @example 1042
             */
            seq: string;
            /**
             * @description The account's balance version after this line; lines are in this order
             * @example 17
             */
            version: string;
            /**
             * @description `posting`: a posting of the account; `release`: a void gave back a held amount
             * @example posting
             * @enum {string}
             */
            line: "posting" | "release";
            /**
             * @description `standard`, `hold` (pending), `post` (settles a hold) or `void` (releases one)
             * @example standard
             * @enum {string}
             */
            kind: "standard" | "hold" | "post" | "void";
            /**
             * @description Business event
             * @example deposit.credit
             */
            event: string;
            /**
             * @description Type of the object the entry is about
             * @example deposit
             */
            refType: string;
            /**
             * Format: uuid
             * @description Id of that object
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            refId: string;
            /** @description For a post or void: the hold it resolves */
            holdId: string | null;
            /**
             * @description EIP-155 chain id
             * @example 31337
             */
            chainId: number;
            /** @description Block the event happened in */
            blockNumber: string | null;
            /**
             * @description Free text (adjustments: the reason)
             * @example internal transfer from a contract
             */
            description: string | null;
            /**
             * @description This account's posting in the entry: debit > 0, credit < 0 (base units); for a release, the held posting given back
             * @example -2000000000000000000
             */
            amount: string;
            /** @description Running balance: the account right after this line */
            balances: components["schemas"]["LedgerBalances"];
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
        };
        /** @description An account's balances as of a past time or block height (base units) */
        LedgerBalanceAsOf: {
            /**
             * Format: uuid
             * @description Ledger account id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            accountId: string;
            asset: components["schemas"]["AssetId"];
            /** @description The point in time the balances are as of */
            asOf: {
                /** @description The time asked for (now when neither was given); null when asked by block */
                at: string | null;
                /** @description The block height asked for; null when asked by time */
                blockNumber: string | null;
            };
            /**
             * @description Settled balance then, base units, signed by the normal balance
             * @example 12000000000000000000
             */
            posted: string;
            /**
             * @description posted + pending inflows − pending outflows then
             * @example 11000000000000000000
             */
            pending: string;
            /**
             * @description posted − pending outflows then
             * @example 11000000000000000000
             */
            available: string;
        };
        /** @description A journal entry with its postings and the business object it belongs to */
        LedgerEntry: {
            /**
             * Format: uuid
             * @description Journal entry id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description The entry's position in the whole journal, decimal string
             * @example 1042
             */
            seq: string;
            /**
             * @description `standard`, `hold` (pending), `post` (settles a hold) or `void` (releases one)
             * @example post
             * @enum {string}
             */
            kind: "standard" | "hold" | "post" | "void";
            /**
             * @description Business event
             * @example withdrawal.post
             */
            event: string;
            /**
             * @description Type of the object the entry is about (`withdrawal`, `deposit`, `adjustment`)
             * @example withdrawal
             */
            refType: string;
            /**
             * Format: uuid
             * @description Id of that object
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            refId: string;
            /** @description For a post or void: the hold it resolves */
            holdId: string | null;
            /** @description For a hold: the entry that posted or voided it */
            resolvedBy: {
                /**
                 * Format: uuid
                 * @description The post or void entry
                 * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
                 */
                id: string;
                /**
                 * @description `post` (settled) or `void` (released)
                 * @example post
                 * @enum {string}
                 */
                kind: "post" | "void";
            } | null;
            /**
             * @description EIP-155 chain id
             * @example 31337
             */
            chainId: number;
            /** @description Block the event happened in */
            blockNumber: string | null;
            /**
             * @description Free text (adjustments: the reason)
             * @example internal transfer from a contract
             */
            description: string | null;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /** @description The postings; they sum to zero per asset (empty for a void) */
            postings: {
                /**
                 * @description Posting id, decimal string
                 * @example 5123
                 */
                id: string;
                /** @description The account (see `GET /v1/ledger/accounts/{accountId}` for its balances now) */
                account: {
                    /**
                     * Format: uuid
                     * @description Ledger account id
                     * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
                     */
                    id: string;
                    /**
                     * @description Unique account code
                     * @example asset:31337:native:0x70997970c51812dc3a010c7d01b50e0d17dc79c8
                     */
                    code: string;
                    /**
                     * @description Account type
                     * @example asset
                     * @enum {string}
                     */
                    type: "asset" | "liability" | "expense" | "revenue" | "equity" | "suspense";
                    role: components["schemas"]["LedgerAccountRole"];
                    /** @description Wallet of a customer liability or address account */
                    walletId: string | null;
                    /** @description Address of an on-chain asset account */
                    address: components["schemas"]["Address"] | null;
                };
                asset: components["schemas"]["AssetId"];
                /**
                 * @description Debit > 0, credit < 0 (base units)
                 * @example -1500000000000000000
                 */
                amount: string;
                /** @description The account's balances right after this posting */
                balancesAfter: components["schemas"]["LedgerBalances"];
            }[];
            /** @description For a void: the held postings it gave back */
            releases: {
                /** @description The account (see `GET /v1/ledger/accounts/{accountId}` for its balances now) */
                account: {
                    /**
                     * Format: uuid
                     * @description Ledger account id
                     * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
                     */
                    id: string;
                    /**
                     * @description Unique account code
                     * @example asset:31337:native:0x70997970c51812dc3a010c7d01b50e0d17dc79c8
                     */
                    code: string;
                    /**
                     * @description Account type
                     * @example asset
                     * @enum {string}
                     */
                    type: "asset" | "liability" | "expense" | "revenue" | "equity" | "suspense";
                    role: components["schemas"]["LedgerAccountRole"];
                    /** @description Wallet of a customer liability or address account */
                    walletId: string | null;
                    /** @description Address of an on-chain asset account */
                    address: components["schemas"]["Address"] | null;
                };
                asset: components["schemas"]["AssetId"];
                /**
                 * @description The held posting given back (base units)
                 * @example -1500000000000000000
                 */
                amount: string;
                /** @description The account's balances right after the release */
                balancesAfter: components["schemas"]["LedgerBalances"];
            }[];
            /** @description The withdrawal, sweep, deposit or adjustment the entry belongs to */
            object: components["schemas"]["LedgerBusinessObject"];
        };
        /** @description An adjusting journal entry booked by an operator against a custody address account, with who and why */
        LedgerAdjustment: {
            /**
             * Format: uuid
             * @description Adjustment id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * Format: uuid
             * @description The adjusting journal entry
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            entryId: string;
            /**
             * @description EIP-155 chain id
             * @example 31337
             */
            chainId: number;
            asset: components["schemas"]["AssetId"];
            /**
             * Format: uuid
             * @description The custody address account corrected
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            accountId: string;
            /** @description Its address */
            address: components["schemas"]["Address"] | null;
            /**
             * @description The other side of the adjustment: `suspense` (not yet explained), `equity` (the business's own funds), `income` (other income), `network_fee` (unbooked gas, amount < 0), `customer` (credit the address's wallet: a deposit the follower could not see)
             * @example suspense
             * @enum {string}
             */
            counterpart: "suspense" | "equity" | "income" | "network_fee" | "customer";
            /**
             * Format: uuid
             * @description The account booked on the other side
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            counterAccountId: string;
            /**
             * @description Signed base units added to the custody address account (on chain − ledger)
             * @example 250000000000000000
             */
            amount: string;
            /**
             * @description The block the difference arose in; balances as of earlier blocks exclude it
             * @example 19000000
             */
            blockNumber: string;
            /**
             * @description Why it was booked, as the operator wrote it
             * @example internal transfer from contract 0xabc… in block 19000000
             */
            reason: string;
            /** @description The reconciliation that found the difference, if given */
            reconciliationId: string | null;
            /** @description Who booked it */
            createdBy: {
                /** @description The API key that booked it */
                apiKeyId: string | null;
                /** @description Its API client */
                clientId: string | null;
            };
            /** @description The second party that approved it (customer funds, or above ADJUSTMENT_APPROVAL_THRESHOLD); null when booked directly */
            approvedBy: {
                /**
                 * Format: uuid
                 * @description The API key that approved it
                 * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
                 */
                apiKeyId: string;
                /**
                 * @description Its approver identity
                 * @example carol@example.com
                 */
                identity: string;
            } | null;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
        };
        /** @description The business object a journal entry belongs to */
        LedgerBusinessObject: {
            /**
             * @description `withdrawal`, `sweep`, `deposit`, `adjustment`, or the entry's refType
             * @example withdrawal
             */
            type: string;
            /**
             * Format: uuid
             * @description Id of the object
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /** @description The object as its own endpoint returns it (null for other kinds) */
            data: (components["schemas"]["Withdrawal"] | components["schemas"]["Deposit"] | components["schemas"]["LedgerAdjustment"]) | null;
        };
        /** @description An adjustment waiting for (or decided by) a second party: maker-checker for adjustments that touch customer funds or are above ADJUSTMENT_APPROVAL_THRESHOLD */
        AdjustmentRequest: {
            /**
             * Format: uuid
             * @description Adjustment request id (the adjustment, once booked, has the same id)
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description `pending_approval` until a second party decides; `posted` (booked) or `rejected`
             * @example pending_approval
             * @enum {string}
             */
            status: "pending_approval" | "posted" | "rejected";
            /**
             * @description EIP-155 chain id
             * @example 31337
             */
            chainId: number;
            asset: components["schemas"]["AssetId"];
            /**
             * Format: uuid
             * @description The custody address account to correct
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            accountId: string;
            /** @description Its address */
            address: components["schemas"]["Address"] | null;
            /**
             * @description The other side of the adjustment: `suspense` (not yet explained), `equity` (the business's own funds), `income` (other income), `network_fee` (unbooked gas, amount < 0), `customer` (credit the address's wallet: a deposit the follower could not see)
             * @example suspense
             * @enum {string}
             */
            counterpart: "suspense" | "equity" | "income" | "network_fee" | "customer";
            /**
             * @description Signed base units to add to the custody address account
             * @example 250000000000000000
             */
            amount: string;
            /**
             * @description The block it will be dated at
             * @example 19000000
             */
            blockNumber: string;
            /**
             * @description Why, as the requester wrote it
             * @example deposit through a contract the follower could not see
             */
            reason: string;
            /**
             * Format: uuid
             * @description The reconciliation whose line it clears
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            reconciliationId: string;
            /** @description Who asked for it (the maker) */
            requestedBy: {
                /** @description The API key that asked for it */
                apiKeyId: string | null;
                /** @description Its API client */
                clientId: string | null;
                /**
                 * @description Its approver identity
                 * @example bob@example.com
                 */
                identity: string;
            };
            /** @description Who approved or rejected it (the checker); null while pending */
            decidedBy: {
                /** @description The API key that decided */
                apiKeyId: string | null;
                /** @description Its API client */
                clientId: string | null;
                /**
                 * @description Its approver identity
                 * @example carol@example.com
                 */
                identity: string;
                /**
                 * @description The checker's comment
                 * @example matches the bank statement
                 */
                comment: string | null;
                /**
                 * @description ISO 8601 timestamp (UTC)
                 * @example 2026-11-21T09:30:00.000Z
                 */
                decidedAt: string;
            } | null;
            /** @description The booked adjustment (same id) once `posted`; null otherwise */
            adjustmentId: string | null;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
        };
        /** @description A page of LedgerAdjustment items, with the cursor of the next page */
        LedgerAdjustmentList: {
            /** @description The items of this page */
            data: components["schemas"]["LedgerAdjustment"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description A page of AdjustmentRequest items, with the cursor of the next page */
        AdjustmentRequestList: {
            /** @description The items of this page */
            data: components["schemas"]["AdjustmentRequest"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description The result of every ledger invariant check */
        LedgerCheckReport: {
            /**
             * @description True when no check found a violation
             * @example true
             */
            ok: boolean;
            /**
             * @description When the checks ran (one consistent snapshot)
             * @example 2026-11-21T09:30:00.000Z
             */
            checkedAt: string;
            /** @description What was checked */
            totals: {
                /**
                 * @description Journal entries
                 * @example 48210
                 */
                entries: number;
                /**
                 * @description Postings
                 * @example 131877
                 */
                postings: number;
                /**
                 * @description Ledger accounts
                 * @example 2514
                 */
                accounts: number;
                /**
                 * @description Withdrawals (of every kind)
                 * @example 9120
                 */
                withdrawals: number;
                /**
                 * @description Deposits
                 * @example 20433
                 */
                deposits: number;
                /**
                 * @description Adjustments
                 * @example 3
                 */
                adjustments: number;
            };
            /** @description Every invariant, with its violations */
            checks: {
                /**
                 * @description Name of the invariant
                 * @example entries_balanced
                 */
                name: string;
                /**
                 * @description What it checks
                 * @example every journal entry balances per asset
                 */
                description: string;
                /**
                 * @description How many violations it found
                 * @example 0
                 */
                violations: number;
                /**
                 * @description Up to 20 violations
                 * @example []
                 */
                samples: unknown[];
            }[];
        };
        /** @description A run comparing every custody address balance on chain with the ledger at one block */
        Reconciliation: {
            /**
             * Format: uuid
             * @description Reconciliation id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description EIP-155 chain id
             * @example 31337
             */
            chainId: number;
            /** @description The block reconciled at (pinned when the run starts, if not requested) */
            blockNumber: string | null;
            /**
             * @description Hash of that block, read when the run pinned it; null until then
             * @example 0x9f4e5c0a1d2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5
             */
            blockHash: string | null;
            status: components["schemas"]["ReconciliationStatus"];
            /**
             * @description Why a run failed; null otherwise
             * @example the chain follower is at block 18234500, behind block 18234567; it did not catch up in 300 s
             */
            statusReason: string | null;
            /**
             * @description Who asked for it: `api` (POST /v1/reconciliations) or `schedule` (the periodic run)
             * @example api
             * @enum {string}
             */
            trigger: "api" | "schedule";
            /**
             * @description Report lines: custody addresses × assets
             * @example 1250
             */
            accountsChecked: number;
            /**
             * @description Lines whose on-chain balance equals the expected one
             * @example 1249
             */
            matched: number;
            /**
             * @description Lines whose on-chain balance differs from the expected one
             * @example 1
             */
            mismatched: number;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /** @description When a worker started the run; null while queued */
            startedAt: string | null;
            /** @description When the run ended; null until then */
            finishedAt: string | null;
        };
        /** @description A page of Reconciliation items, with the cursor of the next page */
        ReconciliationList: {
            /** @description The items of this page */
            data: components["schemas"]["Reconciliation"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description A reconciliation run with its first mismatched report lines */
        ReconciliationReport: {
            /**
             * Format: uuid
             * @description Reconciliation id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description EIP-155 chain id
             * @example 31337
             */
            chainId: number;
            /** @description The block reconciled at (pinned when the run starts, if not requested) */
            blockNumber: string | null;
            /**
             * @description Hash of that block, read when the run pinned it; null until then
             * @example 0x9f4e5c0a1d2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5
             */
            blockHash: string | null;
            status: components["schemas"]["ReconciliationStatus"];
            /**
             * @description Why a run failed; null otherwise
             * @example the chain follower is at block 18234500, behind block 18234567; it did not catch up in 300 s
             */
            statusReason: string | null;
            /**
             * @description Who asked for it: `api` (POST /v1/reconciliations) or `schedule` (the periodic run)
             * @example api
             * @enum {string}
             */
            trigger: "api" | "schedule";
            /**
             * @description Report lines: custody addresses × assets
             * @example 1250
             */
            accountsChecked: number;
            /**
             * @description Lines whose on-chain balance equals the expected one
             * @example 1249
             */
            matched: number;
            /**
             * @description Lines whose on-chain balance differs from the expected one
             * @example 1
             */
            mismatched: number;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /** @description When a worker started the run; null while queued */
            startedAt: string | null;
            /** @description When the run ended; null until then */
            finishedAt: string | null;
            /** @description Mismatched lines (the first 100 by address) */
            mismatches: components["schemas"]["ReconciliationItem"][];
            /**
             * @description More mismatched lines than shown: page them with /items?status=mismatched
             * @example false
             */
            mismatchesTruncated: boolean;
        };
        /** @description A page of ReconciliationItem items, with the cursor of the next page */
        ReconciliationItemList: {
            /** @description The items of this page */
            data: components["schemas"]["ReconciliationItem"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description A new webhook endpoint with its signing secret (shown once) */
        WebhookEndpointWithSecret: {
            /**
             * Format: uuid
             * @description Webhook endpoint id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description Where deliveries are POSTed
             * @example https://merchant.example/webhooks/custody
             */
            url: string;
            /**
             * @description Your description of the endpoint (empty when none was given)
             * @example Order service, production
             */
            description: string;
            /**
             * @description Event types and groups delivered; empty = every event
             * @example [
             *       "deposit.*",
             *       "withdrawal.confirmed"
             *     ]
             */
            eventTypes: string[];
            /**
             * @description `enabled`: events are delivered; `disabled`: nothing is sent to it
             * @example enabled
             * @enum {string}
             */
            status: "enabled" | "disabled";
            /**
             * @description Why it is disabled: `manual` (API), `gone` (the endpoint answered 410), `failing` (no successful attempt for 5 days); null while enabled
             * @example null
             */
            disabledReason: ("manual" | "gone" | "failing") | null;
            /** @description When it was disabled; null while enabled */
            disabledAt: string | null;
            /** @description First failed attempt since the last success; null while healthy */
            failingSince: string | null;
            /**
             * @description Whether attempts keep an excerpt of the response body (set by an admin key; off by default)
             * @example false
             */
            storeResponseBody: boolean;
            /** @description Secrets that sign deliveries now: one, or two or more during a rotation grace period */
            signingSecrets: components["schemas"]["WebhookSigningSecret"][];
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            updatedAt: string;
            /**
             * @description Signing secret (Standard Webhooks `whsec_` + base64). Shown only in this response: store it now.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwHiJ4cRSrd9k=
             */
            secret: string;
        };
        /** @description A secret that signs deliveries now (never the secret itself) */
        WebhookSigningSecret: {
            /**
             * Format: uuid
             * @description Id of the signing secret
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description When the secret was created (by the endpoint's creation or a rotation)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /** @description When this secret stops signing (a rotated-out secret in its grace period); null for the current secret */
            expiresAt: string | null;
        };
        /** @description A page of WebhookEndpoint items, with the cursor of the next page */
        WebhookEndpointList: {
            /** @description The items of this page */
            data: components["schemas"]["WebhookEndpoint"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description A URL that receives events, signed per Standard Webhooks (never with its secrets) */
        WebhookEndpoint: {
            /**
             * Format: uuid
             * @description Webhook endpoint id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description Where deliveries are POSTed
             * @example https://merchant.example/webhooks/custody
             */
            url: string;
            /**
             * @description Your description of the endpoint (empty when none was given)
             * @example Order service, production
             */
            description: string;
            /**
             * @description Event types and groups delivered; empty = every event
             * @example [
             *       "deposit.*",
             *       "withdrawal.confirmed"
             *     ]
             */
            eventTypes: string[];
            /**
             * @description `enabled`: events are delivered; `disabled`: nothing is sent to it
             * @example enabled
             * @enum {string}
             */
            status: "enabled" | "disabled";
            /**
             * @description Why it is disabled: `manual` (API), `gone` (the endpoint answered 410), `failing` (no successful attempt for 5 days); null while enabled
             * @example null
             */
            disabledReason: ("manual" | "gone" | "failing") | null;
            /** @description When it was disabled; null while enabled */
            disabledAt: string | null;
            /** @description First failed attempt since the last success; null while healthy */
            failingSince: string | null;
            /**
             * @description Whether attempts keep an excerpt of the response body (set by an admin key; off by default)
             * @example false
             */
            storeResponseBody: boolean;
            /** @description Secrets that sign deliveries now: one, or two or more during a rotation grace period */
            signingSecrets: components["schemas"]["WebhookSigningSecret"][];
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            updatedAt: string;
        };
        /** @description A webhook endpoint with its new signing secret (shown once) */
        RotatedWebhookEndpoint: {
            /**
             * Format: uuid
             * @description Webhook endpoint id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description Where deliveries are POSTed
             * @example https://merchant.example/webhooks/custody
             */
            url: string;
            /**
             * @description Your description of the endpoint (empty when none was given)
             * @example Order service, production
             */
            description: string;
            /**
             * @description Event types and groups delivered; empty = every event
             * @example [
             *       "deposit.*",
             *       "withdrawal.confirmed"
             *     ]
             */
            eventTypes: string[];
            /**
             * @description `enabled`: events are delivered; `disabled`: nothing is sent to it
             * @example enabled
             * @enum {string}
             */
            status: "enabled" | "disabled";
            /**
             * @description Why it is disabled: `manual` (API), `gone` (the endpoint answered 410), `failing` (no successful attempt for 5 days); null while enabled
             * @example null
             */
            disabledReason: ("manual" | "gone" | "failing") | null;
            /** @description When it was disabled; null while enabled */
            disabledAt: string | null;
            /** @description First failed attempt since the last success; null while healthy */
            failingSince: string | null;
            /**
             * @description Whether attempts keep an excerpt of the response body (set by an admin key; off by default)
             * @example false
             */
            storeResponseBody: boolean;
            /** @description Secrets that sign deliveries now: one, or two or more during a rotation grace period */
            signingSecrets: components["schemas"]["WebhookSigningSecret"][];
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            updatedAt: string;
            /**
             * @description Signing secret (Standard Webhooks `whsec_` + base64). Shown only in this response: store it now.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwHiJ4cRSrd9k=
             */
            secret: string;
            /** @description Until then the previous secret signs too (both signatures are sent) */
            previousSecretExpiresAt: string | null;
        };
        /** @description A page of WebhookDelivery items, with the cursor of the next page */
        WebhookDeliveryList: {
            /** @description The items of this page */
            data: components["schemas"]["WebhookDelivery"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description An event sent to one webhook endpoint, with every attempt */
        WebhookDelivery: {
            /**
             * Format: uuid
             * @description Delivery id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * Format: uuid
             * @description The event, also the `webhook-id` of every request
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            eventId: string;
            /**
             * @description Type of the event
             * @example deposit.confirmed
             */
            eventType: string;
            /**
             * Format: uuid
             * @description The webhook endpoint it is sent to
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            endpointId: string;
            /**
             * @description `pending` (being sent or waiting for a retry), `delivered` (answered 2xx), `failed` (retries exhausted, or the endpoint was disabled)
             * @example delivered
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
            /**
             * @description 1 for the first delivery, +1 per redelivery
             * @example 1
             */
            round: number;
            /**
             * @description Attempts in the current round
             * @example 2
             */
            attemptCount: number;
            /** @description When the next attempt is due; null when none is */
            nextAttemptAt: string | null;
            /** @description When the last attempt was sent; null before the first */
            lastAttemptAt: string | null;
            /**
             * @description HTTP status of the last attempt; null when none came
             * @example 200
             */
            lastStatusCode: number | null;
            /**
             * @description Why the last attempt failed; null when it succeeded
             * @example null
             */
            lastError: string | null;
            /** @description When the endpoint answered 2xx; null until then */
            deliveredAt: string | null;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /** @description Every attempt, of every round, oldest first */
            attempts: components["schemas"]["WebhookDeliveryAttempt"][];
        };
        /** @description One HTTP request of a delivery */
        WebhookDeliveryAttempt: {
            /**
             * Format: uuid
             * @description Attempt id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description 1 for the first delivery, +1 per redelivery
             * @example 1
             */
            round: number;
            /**
             * @description Attempt number within the round
             * @example 2
             */
            attempt: number;
            /**
             * @description When the request was sent
             * @example 2026-11-21T09:30:00.000Z
             */
            startedAt: string;
            /**
             * @description Latency of the attempt, ms
             * @example 183
             */
            durationMs: number;
            /**
             * @description HTTP status; null when no response came
             * @example 503
             */
            statusCode: number | null;
            /**
             * @description True when the endpoint answered 2xx in time
             * @example false
             */
            success: boolean;
            /**
             * @description Why the attempt failed (a non-2xx status, a timeout, a refused address); null on success
             * @example timed out after 15 s
             */
            error: string | null;
            /**
             * @description Selected response headers (`content-type`, `content-length`, `retry-after`, `x-request-id`; values cut to 200 characters); null when no response came
             * @example {
             *       "content-type": "text/plain",
             *       "retry-after": "30"
             *     }
             */
            responseHeaders: {
                [key: string]: string;
            } | null;
            /**
             * @description Start of the response body (at most 1,024 characters), only while the endpoint keeps bodies (`storeResponseBody`); null otherwise
             * @example null
             */
            responseBody: string | null;
        };
        /** @description A page of Event items, with the cursor of the next page */
        EventList: {
            /** @description The items of this page */
            data: components["schemas"]["Event"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description A published event: the webhook payload (`type`, `timestamp`, `data`) with its id and publication sequence */
        Event: {
            /**
             * Format: uuid
             * @description Event id; the `webhook-id` header of its deliveries
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description Publication sequence: catch up with `GET /v1/events?after=<sequence>`
             * @example 1042
             */
            sequence: string | null;
            /**
             * @description Event type (the catalogue is the `webhooks` section)
             * @example deposit.confirmed
             */
            type: string;
            /**
             * @description When the change happened
             * @example 2026-11-21T09:30:00.000Z
             */
            timestamp: string;
            /** @description The wallet the event is about; null for events of no wallet (webhook endpoints, reconciliations) */
            walletId: string | null;
            /**
             * @description The resource, in the shape the REST API returns it (see the `webhooks` section)
             * @example {
             *       "id": "019a8f6e-4d2c-7e1a-8b3f-6a7b8c9d0e1f",
             *       "walletId": "019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e",
             *       "addressId": "019a8f6e-3c5d-7f10-a2b4-1c2d3e4f5a6b",
             *       "chainId": 31337,
             *       "asset": "31337:native",
             *       "address": "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
             *       "from": "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
             *       "amount": "1500000000000000000",
             *       "txHash": "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
             *       "logIndex": -1,
             *       "blockNumber": "18234567",
             *       "blockHash": "0x9f4e5c0a1d2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5",
             *       "status": "confirmed",
             *       "detectedAt": "2026-11-21T09:29:48.000Z",
             *       "confirmedAt": "2026-11-21T09:30:00.000Z",
             *       "orphanedAt": null
             *     }
             */
            data: {
                [key: string]: unknown;
            };
        };
        /** @description The deliveries a redelivery started */
        RedeliveryList: {
            /** @description One delivery per endpoint the event is sent to again, each in a new round */
            data: components["schemas"]["WebhookDelivery"][];
        };
        /** @description A rotation of the key-encryption key: re-wraps every stored data key under the current KEK */
        KekRotation: {
            /**
             * Format: uuid
             * @description KEK rotation id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description Key backend whose data keys are re-wrapped
             * @example aws-kms
             * @enum {string}
             */
            backend: "local" | "aws-kms" | "pkcs11";
            /**
             * @description The KEK every data key is re-wrapped under: a KMS key ARN, `pkcs11:<label>` or `local:<fingerprint>`
             * @example arn:aws:kms:eu-west-1:111122223333:key/7c1e4b2a-9d3f-4e8a-b6c5-0a1b2c3d4e5f
             */
            targetKekId: string;
            /**
             * @description `running`, `completed`, or `failed`: a data key could not be re-wrapped (see `lastError`); resume retries from there
             * @example running
             * @enum {string}
             */
            status: "running" | "completed" | "failed";
            /**
             * @description Data keys that were under another KEK when the rotation started
             * @example 120
             */
            total: number;
            /**
             * @description Data keys re-wrapped so far
             * @example 80
             */
            rewrapped: number;
            /**
             * @description Data keys still to re-wrap: total − rewrapped
             * @example 40
             */
            remaining: number;
            /**
             * @description Why the rotation failed (the wallet whose data key could not be re-wrapped, and the backend's error); null unless `failed`
             * @example null
             */
            lastError: string | null;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            updatedAt: string;
            /** @description When every data key was re-wrapped; null until then */
            completedAt: string | null;
        };
        /** @description A page of KekRotation items, with the cursor of the next page */
        KekRotationList: {
            /** @description The items of this page */
            data: components["schemas"]["KekRotation"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description Liveness */
        Health: {
            /**
             * @description Always `ok`
             * @example ok
             * @constant
             */
            status: "ok";
        };
        /** @description Readiness of the process and its dependencies */
        Readiness: {
            /**
             * @description `ok` when every check is `ok`
             * @example ok
             * @enum {string}
             */
            status: "ok" | "unavailable";
            /**
             * @description Each dependency (`postgres`, `redis`, `chain:<id>`) → `ok` or `unavailable` (the reason is logged, never sent: this route is public)
             * @example {
             *       "postgres": "ok",
             *       "redis": "ok",
             *       "chain:31337": "ok"
             *     }
             */
            checks: {
                [key: string]: "ok" | "unavailable";
            };
        };
        /**
         * @description This document (OpenAPI 3.1)
         * @example {
         *       "openapi": "3.1.0"
         *     }
         */
        OpenApiDocument: {
            [key: string]: unknown;
        };
        /** @description A wallet's withdrawal policies */
        WithdrawalPolicyList: {
            /** @description The policies */
            data: components["schemas"]["WithdrawalPolicy"][];
        };
        /** @description The withdrawal policy of one wallet and asset */
        WithdrawalPolicy: {
            /**
             * Format: uuid
             * @description Policy id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * Format: uuid
             * @description Wallet the policy applies to
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            walletId: string;
            asset: components["schemas"]["PolicyAssetId"];
            /**
             * @description Largest amount of one withdrawal (base units); null: no maximum
             * @example 5000000000000000000
             */
            maxPerTransaction: components["schemas"]["Amount"] | null;
            /**
             * @description Most that may be requested over any rolling 24 h (base units); null: no limit
             * @example 20000000000000000000
             */
            velocityLimit24h: components["schemas"]["Amount"] | null;
            /**
             * @description Only destinations on the wallet's allowlist, past their cooling-off period, may be paid
             * @example true
             */
            allowlistRequired: boolean;
            /**
             * @description Seconds an allowlist entry waits after it was added before it can be used
             * @example 86400
             */
            allowlistCoolingOffSeconds: number;
            /**
             * @description Withdrawals above this amount (base units) wait in `pending_approval`; null: no approval rule
             * @example 1000000000000000000
             */
            approvalThreshold: components["schemas"]["Amount"] | null;
            /**
             * @description Distinct approvers (API keys with the `approver` scope, not the requester) needed above the threshold
             * @example 2
             */
            approvalsRequired: number;
            /**
             * @description When the wallet's withdrawals of the asset over the last 24 h, the request included, exceed this (base units), the request waits in `pending_approval`; null: none
             * @example 5000000000000000000
             */
            approvalThreshold24h: components["schemas"]["Amount"] | null;
            /**
             * @description Increments on every change; recorded in each policy decision
             * @example 3
             */
            version: number;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            updatedAt: string;
        };
        /** @description A change of a withdrawal policy or an allowlist; one that loosens a rule waits for approvals by other parties */
        PolicyChange: {
            /**
             * Format: uuid
             * @description Policy change id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * Format: uuid
             * @description Wallet whose policy or allowlist changes
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            walletId: string;
            /** @description Asset of the policy (`default`: the wallet default policy); null for allowlist changes */
            asset: components["schemas"]["PolicyAssetId"] | null;
            /**
             * @description What the change does
             * @example set_policy
             * @enum {string}
             */
            action: "set_policy" | "delete_policy" | "add_allowlist_entry" | "remove_allowlist_entry";
            /**
             * @description `applied` at once when nothing loosens; else `pending_approval` until approved (`applied`) or rejected
             * @example pending_approval
             * @enum {string}
             */
            status: "pending_approval" | "applied" | "rejected";
            /**
             * @description Whether the change loosens a rule (and so needs approvals)
             * @example true
             */
            loosening: boolean;
            /**
             * @description How the change loosens the rules in force, one sentence per rule
             * @example [
             *       "maxPerTransaction raised from 1000 to 2000"
             *     ]
             */
            reasons: string[];
            /** @description The whole policy asked for (set_policy); null otherwise */
            policy: components["schemas"]["PolicyRules"] | null;
            /** @description The rules in force when the change was asked (policy changes; the wallet default when the asset had no policy); null when none applied or for allowlist changes */
            previous: components["schemas"]["PolicyRules"] | null;
            /** @description The allowlist entry added or removed; null for policy changes */
            allowlistEntry: {
                /** @description The destination (EIP-55 checksummed) */
                address: components["schemas"]["Address"];
                /**
                 * @description Its label
                 * @example cold storage
                 */
                label: string | null;
                /** @description The allowlist entry (once created, for an addition) */
                entryId: string | null;
            } | null;
            /**
             * @description Approvals by distinct parties (approver identities) other than the requester's party needed; 0 when applied at once
             * @example 1
             */
            approvalsRequired: number;
            /** @description The decisions recorded, oldest first */
            approvals: components["schemas"]["Approval"][];
            /** @description API key that asked for the change */
            createdByKeyId: string | null;
            /** @description Once applied: the policy or allowlist entry set, created or removed (null when there was nothing left to remove) */
            resultId: string | null;
            /**
             * @description Why it was rejected
             * @example rejected_by_approver
             */
            statusReason: string | null;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /** @description When it was applied or rejected */
            decidedAt: string | null;
        };
        /** @description The rules of a withdrawal policy */
        PolicyRules: {
            /** @description Largest amount of one withdrawal (base units); null: no maximum */
            maxPerTransaction: components["schemas"]["Amount"] | null;
            /** @description Most over any rolling 24 h (base units); null: no limit */
            velocityLimit24h: components["schemas"]["Amount"] | null;
            /**
             * @description Only allowlisted destinations past their cooling-off period
             * @example true
             */
            allowlistRequired: boolean;
            /**
             * @description Cooling-off period of allowlist entries (seconds)
             * @example 86400
             */
            allowlistCoolingOffSeconds: number;
            /** @description Per-withdrawal approval threshold (base units); null: none */
            approvalThreshold: components["schemas"]["Amount"] | null;
            /** @description Rolling 24 h approval threshold (base units); null: none */
            approvalThreshold24h: components["schemas"]["Amount"] | null;
            /**
             * @description Distinct approvers needed above a threshold
             * @example 2
             */
            approvalsRequired: number;
        };
        /** @description A page of AllowlistEntry items, with the cursor of the next page */
        AllowlistEntryList: {
            /** @description The items of this page */
            data: components["schemas"]["AllowlistEntry"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description A destination on a wallet's withdrawal allowlist */
        AllowlistEntry: {
            /**
             * Format: uuid
             * @description Allowlist entry id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * Format: uuid
             * @description Wallet whose allowlist it is
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            walletId: string;
            /** @description Allowed destination (EIP-55 checksummed) */
            address: components["schemas"]["Address"];
            /**
             * @description Your label
             * @example cold storage
             */
            label: string | null;
            /** @description API key that added it */
            createdByKeyId: string | null;
            /**
             * @description When it was added; usable from createdAt + the policy's allowlistCoolingOffSeconds
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /** @description When it was removed; null while active */
            removedAt: string | null;
            /**
             * @description The cooling-off period in force when it was added (seconds); the period applied is the longer of this and the policy's current one
             * @example 86400
             */
            coolingOffSeconds: number;
        };
        /** @description A new API key with its secret (shown once) */
        CreatedApiKey: {
            /**
             * Format: uuid
             * @description API key id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * Format: uuid
             * @description API client the key belongs to (idempotency keys and externalIds are scoped to it)
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            clientId: string;
            /**
             * @description Name of the key
             * @example settlement service
             */
            name: string;
            /**
             * @description First 12 characters of the key, to recognise it (the rest is never stored)
             * @example csk_Hk3f9aQ2
             */
            prefix: string;
            /**
             * @description Scopes of the key
             * @example [
             *       "withdrawals:write",
             *       "withdrawals:read"
             *     ]
             */
            scopes: components["schemas"]["Scope"][];
            /**
             * @description CIDR blocks the key may be used from; empty: any address
             * @example [
             *       "203.0.113.0/24"
             *     ]
             */
            allowedCidrs: string[];
            /**
             * @description Requests per rate-limit window for this key; null: the configured default
             * @example 600
             */
            rateLimit: number | null;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /** @description When it was revoked; null while active */
            revokedAt: string | null;
            /** @description When it was last used (minute resolution) */
            lastUsedAt: string | null;
            /** @description From this time on the key is refused (401); null: it does not expire */
            expiresAt: string | null;
            /**
             * @description The person or team behind the key (lower case): approvals count distinct identities, and never the requester's. `key:<id>` when none was given
             * @example alice@example.com
             */
            approverIdentity: string;
            /**
             * @description `pending_approval`: a key with `approver` or `admin` minted through the API, refused until an admin of another identity approves it; `active` otherwise
             * @example active
             * @enum {string}
             */
            status: "pending_approval" | "active";
            /** @description Who minted it through the API; null for keys created by the operator CLI */
            requestedBy: {
                /**
                 * Format: uuid
                 * @description API key that minted it
                 * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
                 */
                apiKeyId: string;
                /**
                 * @description Its approver identity
                 * @example bob@example.com
                 */
                identity: string;
            } | null;
            /** @description Who approved it (privileged keys minted through the API); null otherwise */
            approvedBy: {
                /**
                 * Format: uuid
                 * @description Admin key that approved it
                 * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
                 */
                apiKeyId: string;
                /**
                 * @description Its approver identity
                 * @example carol@example.com
                 */
                identity: string;
                /**
                 * @description ISO 8601 timestamp (UTC)
                 * @example 2026-11-21T09:30:00.000Z
                 */
                approvedAt: string;
            } | null;
            /**
             * @description The secret API key. Shown once, in this response; only its SHA-256 hash is stored.
             * @example csk_Hk3f9aQ2Lr8vT0mN5bX7cZ1dE4gJ6kP9sU3wY2aB5cD
             */
            key: string;
        };
        /** @description A page of ApiKey items, with the cursor of the next page */
        ApiKeyList: {
            /** @description The items of this page */
            data: components["schemas"]["ApiKey"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description An API key, without its secret */
        ApiKey: {
            /**
             * Format: uuid
             * @description API key id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * Format: uuid
             * @description API client the key belongs to (idempotency keys and externalIds are scoped to it)
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            clientId: string;
            /**
             * @description Name of the key
             * @example settlement service
             */
            name: string;
            /**
             * @description First 12 characters of the key, to recognise it (the rest is never stored)
             * @example csk_Hk3f9aQ2
             */
            prefix: string;
            /**
             * @description Scopes of the key
             * @example [
             *       "withdrawals:write",
             *       "withdrawals:read"
             *     ]
             */
            scopes: components["schemas"]["Scope"][];
            /**
             * @description CIDR blocks the key may be used from; empty: any address
             * @example [
             *       "203.0.113.0/24"
             *     ]
             */
            allowedCidrs: string[];
            /**
             * @description Requests per rate-limit window for this key; null: the configured default
             * @example 600
             */
            rateLimit: number | null;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /** @description When it was revoked; null while active */
            revokedAt: string | null;
            /** @description When it was last used (minute resolution) */
            lastUsedAt: string | null;
            /** @description From this time on the key is refused (401); null: it does not expire */
            expiresAt: string | null;
            /**
             * @description The person or team behind the key (lower case): approvals count distinct identities, and never the requester's. `key:<id>` when none was given
             * @example alice@example.com
             */
            approverIdentity: string;
            /**
             * @description `pending_approval`: a key with `approver` or `admin` minted through the API, refused until an admin of another identity approves it; `active` otherwise
             * @example active
             * @enum {string}
             */
            status: "pending_approval" | "active";
            /** @description Who minted it through the API; null for keys created by the operator CLI */
            requestedBy: {
                /**
                 * Format: uuid
                 * @description API key that minted it
                 * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
                 */
                apiKeyId: string;
                /**
                 * @description Its approver identity
                 * @example bob@example.com
                 */
                identity: string;
            } | null;
            /** @description Who approved it (privileged keys minted through the API); null otherwise */
            approvedBy: {
                /**
                 * Format: uuid
                 * @description Admin key that approved it
                 * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
                 */
                apiKeyId: string;
                /**
                 * @description Its approver identity
                 * @example carol@example.com
                 */
                identity: string;
                /**
                 * @description ISO 8601 timestamp (UTC)
                 * @example 2026-11-21T09:30:00.000Z
                 */
                approvedAt: string;
            } | null;
        };
        /** @description A page of AuditEvent items, with the cursor of the next page */
        AuditEventList: {
            /** @description The items of this page */
            data: components["schemas"]["AuditEvent"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description One mutating API call or operator action (never a body or a secret) */
        AuditEvent: {
            /**
             * Format: uuid
             * @description Audit event id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description Position in the log, decimal string
             * @example 5123
             */
            seq: string;
            /**
             * @description When the call finished
             * @example 2026-11-21T09:30:00.000Z
             */
            occurredAt: string;
            /** @description Who */
            actor: {
                /**
                 * @description An API key, or an operator using the CLI
                 * @example api_key
                 * @enum {string}
                 */
                type: "api_key" | "cli";
                /** @description The API key that made the call */
                apiKeyId: string | null;
                /** @description Its API client */
                clientId: string | null;
                /**
                 * @description For the CLI: the operator's OS user
                 * @example null
                 */
                name: string | null;
            };
            /**
             * @description What: the operation id (`createWithdrawal`, `revokeApiKey`, …) or `cli:<command>`
             * @example createWithdrawal
             */
            operation: string;
            /**
             * @description HTTP method
             * @example POST
             */
            method: string | null;
            /**
             * @description Request path, without query
             * @example /v1/withdrawals
             */
            path: string | null;
            /** @description The resource acted on (created, changed or addressed), when known */
            resource: {
                /**
                 * @description Resource type
                 * @example withdrawal
                 */
                type: string | null;
                /**
                 * @description Resource id
                 * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
                 */
                id: string;
            } | null;
            /**
             * @description From where: client IP address (see TRUST_PROXY)
             * @example 203.0.113.7
             */
            ip: string | null;
            /**
             * @description Request id (X-Request-Id), to find the log lines
             * @example 6f1c9f5e-8a51-4a5e-9f0b-3f1d2c4b5a69
             */
            requestId: string | null;
            /** @description The result */
            result: {
                /**
                 * @description HTTP status of the response
                 * @example 201
                 */
                status: number;
                /**
                 * @description Error code when it failed
                 * @example null
                 */
                code: string | null;
            };
        };
        /** @description A page of PolicyChange items, with the cursor of the next page */
        PolicyChangeList: {
            /** @description The items of this page */
            data: components["schemas"]["PolicyChange"][];
            /**
             * @description Cursor of the next page; null on the last page
             * @example MDE5YThmNmUtM2IxYy03ZDJhLTljMWUtNWY3YTJiM2M0ZDVl
             */
            nextCursor: string | null;
        };
        /** @description A hot address cannot pay for its oldest queued withdrawal; the withdrawals wait until funds arrive */
        LowBalanceAlert: {
            /**
             * Format: uuid
             * @description The wallet whose hot address cannot pay
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            walletId: string;
            /**
             * @description EIP-155 chain id
             * @example 31337
             */
            chainId: number;
            asset: components["schemas"]["AssetId"];
            /** @description The hot address that cannot pay */
            address: components["schemas"]["Address"];
            /**
             * @description What it can spend now (base units)
             * @example 20000000000000000
             */
            spendable: components["schemas"]["Amount"];
            /**
             * @description Withdrawals waiting for funds (status reason `insufficient_funds`)
             * @example 3
             */
            waitingWithdrawals: number;
            /**
             * Format: uuid
             * @description The oldest of them: it is paid first once funds arrive
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            oldestWithdrawalId: string;
            /**
             * @description Set when a signed transaction was refused by the node for insufficient funds (it is held and re-sent on new blocks)
             * @example a signed transaction was refused for insufficient funds; it is held and re-sent on new blocks
             */
            reason?: string;
        };
        /** @description A reconciliation that found mismatches, with the first mismatched report lines */
        ReconciliationMismatch: {
            /**
             * Format: uuid
             * @description Reconciliation id
             * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
             */
            id: string;
            /**
             * @description EIP-155 chain id
             * @example 31337
             */
            chainId: number;
            /** @description The block reconciled at (pinned when the run starts, if not requested) */
            blockNumber: string | null;
            /**
             * @description Hash of that block, read when the run pinned it; null until then
             * @example 0x9f4e5c0a1d2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5
             */
            blockHash: string | null;
            status: components["schemas"]["ReconciliationStatus"];
            /**
             * @description Why a run failed; null otherwise
             * @example the chain follower is at block 18234500, behind block 18234567; it did not catch up in 300 s
             */
            statusReason: string | null;
            /**
             * @description Who asked for it: `api` (POST /v1/reconciliations) or `schedule` (the periodic run)
             * @example api
             * @enum {string}
             */
            trigger: "api" | "schedule";
            /**
             * @description Report lines: custody addresses × assets
             * @example 1250
             */
            accountsChecked: number;
            /**
             * @description Lines whose on-chain balance equals the expected one
             * @example 1249
             */
            matched: number;
            /**
             * @description Lines whose on-chain balance differs from the expected one
             * @example 1
             */
            mismatched: number;
            /**
             * @description ISO 8601 timestamp (UTC)
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /** @description When a worker started the run; null while queued */
            startedAt: string | null;
            /** @description When the run ended; null until then */
            finishedAt: string | null;
            /** @description The mismatched report lines (the first 100; the full report is at GET /v1/reconciliations/{id}/items) */
            mismatches: components["schemas"]["ReconciliationItem"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Id of the request: the one sent, if well-formed, else a new UUID. Every log line of the request carries it. */
        "X-Request-Id": string;
        /** @description draft-ietf-httpapi-ratelimit-headers: requests remaining (r) in the window and seconds until it resets (t). The earlier RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset fields are sent as well. */
        RateLimit: string;
        /** @description draft-ietf-httpapi-ratelimit-headers: quota (q) requests per window (w) seconds of this API key */
        "RateLimit-Policy": string;
        /** @description Seconds to wait before retrying */
        "Retry-After": number;
        /** @description `true` when the response is the stored response of an earlier request with the same Idempotency-Key */
        "Idempotent-Replayed": "true";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listWallets: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of wallets, newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWallet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWalletRequest"];
            };
        };
        responses: {
            /** @description The wallet */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wallet"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost`, `invalid_state` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused`, `custody_not_supported` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `key_backend_failed`, `key_unusable` */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `key_backend_unavailable` */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWallet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Wallet id */
                walletId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The wallet */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wallet"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `wallet_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWalletAddresses: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description Wallet id */
                walletId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of addresses, newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletAddressList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `wallet_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDepositAddress: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Wallet id */
                walletId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAddressRequest"];
            };
        };
        responses: {
            /** @description The new deposit address */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletAddress"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `wallet_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost`, `external_id_conflict`, `invalid_state` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWalletBalances: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Wallet id */
                walletId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Balances per asset */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `wallet_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWithdrawals: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Only withdrawals from this wallet */
                walletId?: string;
                /** @description Only withdrawals in this state */
                status?: components["schemas"]["WithdrawalStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of withdrawals, newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WithdrawalList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWithdrawal: {
        parameters: {
            query?: never;
            header: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWithdrawalRequest"];
            };
        };
        responses: {
            /** @description The queued withdrawal */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Withdrawal"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json`, `idempotency_key_missing` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `wallet_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost`, `external_id_conflict` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused`, `unknown_asset`, `insufficient_balance`, `policy_violation`, `destination_refused` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWithdrawal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Withdrawal id */
                withdrawalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The withdrawal */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Withdrawal"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `withdrawal_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelWithdrawal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Resource id (UUIDv7) */
                withdrawalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled, or cancel submitted (`cancelRequestedAt` set) */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Withdrawal"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `withdrawal_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost`, `invalid_state` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    speedUpWithdrawal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Resource id (UUIDv7) */
                withdrawalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The replacement was submitted */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Withdrawal"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `withdrawal_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost`, `invalid_state`, `replacement_too_soon` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeposits: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Only deposits to this wallet */
                walletId?: string;
                /** @description Only deposits in this state */
                status?: "detected" | "confirmed" | "orphaned";
                /** @description Only deposits on this chain (EIP-155 id) */
                chainId?: number;
                /** @description Only deposits to this address */
                address?: components["schemas"]["Address"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deposits, newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepositList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDeposit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Deposit id */
                depositId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deposit */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deposit"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `deposit_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setSweepPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource id (UUIDv7) */
                walletId: string;
                /** @description Asset: `{chainId}:native` or `{chainId}:{tokenAddress}` */
                asset: components["schemas"]["AssetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetSweepPolicyRequest"];
            };
        };
        responses: {
            /** @description The policy */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SweepPolicy"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `wallet_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unknown_asset` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSweepPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource id (UUIDv7) */
                walletId: string;
                /** @description Asset: `{chainId}:native` or `{chainId}:{tokenAddress}` */
                asset: components["schemas"]["AssetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unknown_asset` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSweepPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource id (UUIDv7) */
                walletId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policies, by asset */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SweepPolicyList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `wallet_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSweeps: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Only sweeps of this wallet */
                walletId?: string;
                /** @description Only sweeps in this status */
                status?: components["schemas"]["WithdrawalStatus"];
                /** @description Only sweeps on this chain */
                chainId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sweeps, newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SweepList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSweep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource id (UUIDv7) */
                sweepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sweep */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sweep"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `withdrawal_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLedgerAccounts: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Only accounts of this wallet */
                walletId?: string;
                /** @description Only accounts of this asset */
                asset?: components["schemas"]["AssetId"];
                /** @description Only accounts of this type */
                type?: "asset" | "liability" | "expense" | "revenue" | "equity" | "suspense";
                /** @description Only accounts of this role (hot, deposit, treasury, customer, network_fee, …) */
                role?: components["schemas"]["LedgerAccountRole"];
                /** @description Only accounts of this chain */
                chainId?: number;
                /** @description Only the asset account of this address */
                address?: components["schemas"]["Address"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of accounts, oldest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAccountList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLedgerAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ledger account id */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAccount"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `ledger_account_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLedgerAccountEntries: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description `desc`: newest first (default); `asc`: oldest first */
                order?: "asc" | "desc";
                /** @description Entries booked at or after this time */
                from?: string;
                /** @description Entries booked before this time */
                to?: string;
            };
            header?: never;
            path: {
                /** @description Ledger account id */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of statement lines */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAccountEntryList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `ledger_account_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLedgerAccountBalanceAsOf: {
        parameters: {
            query?: {
                at?: string;
                blockNumber?: string;
            };
            header?: never;
            path: {
                /** @description Ledger account id */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balances as of that point */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerBalanceAsOf"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `ledger_account_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `block_not_reached` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rpc_failed` */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLedgerEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource id (UUIDv7) */
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntry"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `ledger_entry_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLedgerAdjustments: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Only adjustments of this custody address account */
                accountId?: string;
                /** @description Only adjustments on this chain */
                chainId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of adjustments, newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAdjustmentList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLedgerAdjustment: {
        parameters: {
            query?: never;
            header: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The custody address (asset) account to correct
                     * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
                     */
                    accountId: string;
                    /**
                     * @description Signed, non-zero integer amount of base units
                     * @example 250000000000000000
                     */
                    amount: string;
                    /**
                     * @description The other side of the adjustment: `suspense` (not yet explained), `equity` (the business's own funds), `income` (other income), `network_fee` (unbooked gas, amount < 0), `customer` (credit the address's wallet: a deposit the follower could not see)
                     * @example suspense
                     * @enum {string}
                     */
                    counterpart: "suspense" | "equity" | "income" | "network_fee" | "customer";
                    /**
                     * @description Why it is booked (1–1000 characters), kept with the adjustment
                     * @example internal transfer from contract 0xabc… in block 19000000
                     */
                    reason: string;
                    /**
                     * @description The block the difference arose in (default: the reconciliation's first-seen block, else the block the follower has processed)
                     * @example 19000000
                     */
                    blockNumber?: string;
                    /**
                     * Format: uuid
                     * @description The finished reconciliation that found the difference (its line for this account caps the amount)
                     * @example 019a8f6e-3b1c-7d2a-9c1e-5f7a2b3c4d5e
                     */
                    reconciliationId: string;
                };
            };
        };
        responses: {
            /** @description The adjustment, booked */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAdjustment"];
                };
            };
            /** @description The adjustment request, awaiting approval by another party (customer funds, or above ADJUSTMENT_APPROVAL_THRESHOLD); nothing is booked yet */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdjustmentRequest"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json`, `idempotency_key_missing` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `ledger_account_not_found`, `reconciliation_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused`, `invalid_adjustment`, `adjustment_exceeds_difference`, `adjustment_backdated`, `block_not_reached`, `insufficient_balance` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAdjustmentRequests: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Only requests in this status */
                status?: "pending_approval" | "posted" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of adjustment requests, newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdjustmentRequestList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdjustmentRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Adjustment request id */
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The adjustment request */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdjustmentRequest"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `adjustment_request_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveAdjustmentRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Adjustment request id */
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustmentDecisionRequest"];
            };
        };
        responses: {
            /** @description The request, `posted` */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdjustmentRequest"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed`, `approval_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `adjustment_request_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost`, `invalid_state` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused`, `adjustment_exceeds_difference`, `adjustment_backdated`, `insufficient_balance`, `invalid_adjustment` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectAdjustmentRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Adjustment request id */
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustmentDecisionRequest"];
            };
        };
        responses: {
            /** @description The request, `rejected` */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdjustmentRequest"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `adjustment_request_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost`, `invalid_state` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkLedgerInvariants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerCheckReport"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportLedgerEntries: {
        parameters: {
            query?: {
                /** @description `csv` (RFC 4180, header row) or `jsonl` (one JSON object per line) */
                format?: "csv" | "jsonl";
                /** @description Entries booked at or after this time (default: the beginning) */
                from?: string;
                /** @description Entries booked before this time (default: now) */
                to?: string;
                /** @description Only this account */
                accountId?: string;
                /** @description Only accounts of this wallet */
                walletId?: string;
                /** @description Only accounts of this asset */
                asset?: components["schemas"]["AssetId"];
                /** @description Only accounts of this chain */
                chainId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited`, `too_many_exports` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `dependency_unavailable` */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportLedgerBalances: {
        parameters: {
            query?: {
                /** @description `csv` (RFC 4180, header row) or `jsonl` (one JSON object per line) */
                format?: "csv" | "jsonl";
                /** @description Entries booked at or after this time (default: the beginning) */
                from?: string;
                /** @description Entries booked before this time (default: now) */
                to?: string;
                /** @description Only this account */
                accountId?: string;
                /** @description Only accounts of this wallet */
                walletId?: string;
                /** @description Only accounts of this asset */
                asset?: components["schemas"]["AssetId"];
                /** @description Only accounts of this chain */
                chainId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited`, `too_many_exports` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `dependency_unavailable` */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReconciliations: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Only runs of this chain */
                chainId?: number;
                /** @description Only runs in this status */
                status?: components["schemas"]["ReconciliationStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of runs, newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconciliationList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReconciliation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The chain to reconcile (EIP-155 chain id)
                     * @example 31337
                     */
                    chainId: number;
                    /**
                     * @description The block height to reconcile at (decimal string); absent: the block the chain follower has processed when the run starts
                     * @example 19000000
                     */
                    blockNumber?: string;
                };
            };
        };
        responses: {
            /** @description The run, queued */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reconciliation"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused`, `unknown_chain`, `block_not_reached` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rpc_failed` */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReconciliation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Reconciliation id */
                reconciliationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run and its mismatched lines */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconciliationReport"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `reconciliation_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReconciliationItems: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Only matched or only mismatched lines */
                status?: "matched" | "mismatched";
            };
            header?: never;
            path: {
                /** @description Reconciliation id */
                reconciliationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of lines, by address */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconciliationItemList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `reconciliation_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Only endpoints in this status */
                status?: "enabled" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints, newest first (without secrets) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The endpoint, with its secret (shown once) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `webhook_endpoint_limit_reached` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `webhook_url_refused` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `key_backend_failed`, `key_unusable` */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `key_backend_unavailable` */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource id (UUIDv7) */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint (without secrets) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `webhook_endpoint_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource id (UUIDv7) */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `webhook_endpoint_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource id (UUIDv7) */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `webhook_endpoint_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `webhook_url_refused` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource id (UUIDv7) */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotateWebhookSecretRequest"];
            };
        };
        responses: {
            /** @description The endpoint with its new secret (shown once) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedWebhookEndpoint"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `webhook_endpoint_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `key_backend_failed`, `key_unusable` */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `key_backend_unavailable` */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enableWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource id (UUIDv7) */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `webhook_endpoint_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource id (UUIDv7) */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `webhook_endpoint_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Only deliveries in this status */
                status?: "pending" | "delivered" | "failed";
                /** @description Only the delivery of this event */
                eventId?: string;
            };
            header?: never;
            path: {
                /** @description Resource id (UUIDv7) */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `webhook_endpoint_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Only events published after this `sequence` (catch-up: pass the sequence of the last event you processed) */
                after?: string;
                /** @description Comma-separated event types or groups, e.g. `deposit.confirmed,withdrawal.*` */
                type?: string;
                /** @description Only events about this wallet */
                walletId?: string;
                /** @description Events that happened at or after this time (ISO 8601) */
                since?: string;
                /** @description Events that happened before this time (ISO 8601) */
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource id (UUIDv7) */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `event_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeliverEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource id (UUIDv7) */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeliverEventRequest"];
            };
        };
        responses: {
            /** @description The deliveries now pending */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedeliveryList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `event_not_found`, `webhook_endpoint_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `invalid_state` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listKekRotations: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rotations, newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KekRotationList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startKekRotation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rotation (already `completed` when no data key needed re-wrapping) */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KekRotation"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost`, `invalid_state` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `key_unusable`, `key_backend_failed` */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `key_backend_unavailable` */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getKekRotation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description KEK rotation id */
                rotationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rotation */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KekRotation"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `kek_rotation_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeKekRotation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description KEK rotation id */
                rotationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rotation, running again */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KekRotation"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `kek_rotation_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost`, `invalid_state` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    openapi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenAPI 3.1 document */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    docs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description HTML page rendering /openapi.json with Redoc */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    docsRenderer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JavaScript */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveWithdrawal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Withdrawal id */
                withdrawalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalDecisionRequest"];
            };
        };
        responses: {
            /** @description The withdrawal with its approvals (`queued` once enough approvers agreed) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Withdrawal"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed`, `approval_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `withdrawal_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost`, `invalid_state`, `approval_already_recorded` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectWithdrawal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Withdrawal id */
                withdrawalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalDecisionRequest"];
            };
        };
        responses: {
            /** @description The rejected withdrawal with its approvals */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Withdrawal"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `withdrawal_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost`, `invalid_state`, `approval_already_recorded` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWithdrawalPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Wallet id */
                walletId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One policy per asset that has one */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WithdrawalPolicyList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `wallet_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWithdrawalPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Wallet id */
                walletId: string;
                /** @description Asset of the policy, `{chainId}:native` or `{chainId}:{tokenAddress}`, or `default` for the wallet default policy */
                asset: components["schemas"]["PolicyAssetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WithdrawalPolicy"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `wallet_not_found`, `policy_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setWithdrawalPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Wallet id */
                walletId: string;
                /** @description Asset of the policy, `{chainId}:native` or `{chainId}:{tokenAddress}`, or `default` for the wallet default policy */
                asset: components["schemas"]["PolicyAssetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetWithdrawalPolicyRequest"];
            };
        };
        responses: {
            /** @description The change tightens or keeps every rule: the policy as stored */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WithdrawalPolicy"];
                };
            };
            /** @description The change loosens a rule: the policy change, pending approval */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyChange"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `wallet_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unknown_asset` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWithdrawalPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Wallet id */
                walletId: string;
                /** @description Asset of the policy, `{chainId}:native` or `{chainId}:{tokenAddress}`, or `default` for the wallet default policy */
                asset: components["schemas"]["PolicyAssetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The removed policy */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WithdrawalPolicy"];
                };
            };
            /** @description The removal loosens the rules in force: the policy change, pending approval */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyChange"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `wallet_not_found`, `policy_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unknown_asset` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAllowlistEntries: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description Wallet id */
                walletId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of active entries, newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllowlistEntryList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `wallet_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addAllowlistEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Wallet id */
                walletId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAllowlistEntryRequest"];
            };
        };
        responses: {
            /** @description The addition, pending approval */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyChange"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `wallet_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost`, `allowlist_entry_exists` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeAllowlistEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Wallet id */
                walletId: string;
                /** @description Allowlist entry id */
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The removed entry */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllowlistEntry"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `wallet_not_found`, `allowlist_entry_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Only the keys of this API client */
                clientId?: string;
                /** @description Only revoked (`true`) or only active (`false`) keys */
                revoked?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys, newest first (never their secrets) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The key with its secret */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost`, `idempotency_response_withheld` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API key id */
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key (never its secret) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `api_key_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description API key id */
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key, now active */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed`, `approval_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `api_key_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost`, `invalid_state` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API key id */
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `api_key_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Only calls made with this API key */
                apiKeyId?: string;
                /** @description Only calls made by keys of this API client */
                clientId?: string;
                /** @description Only this operation id */
                operation?: string;
                /** @description Only calls on this resource */
                resourceId?: string;
                /** @description Only events at or after this time (ISO 8601) */
                since?: string;
                /** @description Only events before this time (ISO 8601) */
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events, newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPolicyChanges: {
        parameters: {
            query?: {
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description Only changes of this wallet */
                walletId?: string;
                /** @description Only changes in this status */
                status?: "pending_approval" | "applied" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of policy changes, newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyChangeList"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_cursor` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPolicyChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Policy change id */
                changeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy change with its approvals */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyChange"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `policy_change_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approvePolicyChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Policy change id */
                changeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyChangeDecisionRequest"];
            };
        };
        responses: {
            /** @description The change with its approvals (`applied` once the quorum is reached) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyChange"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed`, `policy_change_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `policy_change_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost`, `invalid_state`, `approval_already_recorded` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectPolicyChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency key (draft-ietf-httpapi-idempotency-key-header): 1–255 printable ASCII characters, e.g. a UUID, as an sf-string or bare. The same key with the same request replays the stored response for 24 h; with a different request it is refused with 422; while the first request runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Policy change id */
                changeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyChangeDecisionRequest"];
            };
        };
        responses: {
            /** @description The rejected change */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyChange"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unauthorized`, `api_key_not_approved` */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `forbidden`, `ip_not_allowed` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `policy_change_not_found` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_in_flight`, `idempotency_claim_lost`, `invalid_state`, `approval_already_recorded` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `payload_too_large` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `unsupported_media_type` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `idempotency_key_reused` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `rate_limited` */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457); `code` is one of: `internal` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "webhook.deposit.detected": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepositDetectedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.deposit.confirmed": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepositConfirmedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.deposit.orphaned": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepositOrphanedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.withdrawal.pending_approval": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalPendingApprovalEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.withdrawal.approval_recorded": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalApprovalRecordedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.withdrawal.rejected": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalRejectedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.withdrawal.queued": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalQueuedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.withdrawal.submitted": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalSubmittedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.withdrawal.mined": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalMinedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.withdrawal.confirmed": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalConfirmedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.withdrawal.failed": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalFailedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.withdrawal.cancelled": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalCancelledEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.withdrawal.stuck": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalStuckEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.sweep.queued": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SweepQueuedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.sweep.submitted": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SweepSubmittedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.sweep.mined": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SweepMinedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.sweep.confirmed": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SweepConfirmedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.sweep.failed": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SweepFailedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.sweep.stuck": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SweepStuckEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.sweep.cancelled": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SweepCancelledEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.wallet.low_balance": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WalletLowBalanceEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.reconciliation.mismatch": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReconciliationMismatchEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.reconciliation.failed": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReconciliationFailedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.ledger.adjustment.created": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LedgerAdjustmentCreatedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.ledger.adjustment.requested": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LedgerAdjustmentRequestedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.ledger.adjustment.decided": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LedgerAdjustmentDecidedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.policy.changed": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyChangedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.policy.change_pending": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyChangePendingEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.policy.change_rejected": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyChangeRejectedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.webhook_endpoint.disabled": {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every attempt and redelivery; deduplicate on it */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject messages too far from your clock (the libraries allow 5 minutes) */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, one per secret that signs now (two during a rotation grace period). Verify with a Standard Webhooks library. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointDisabledEvent"];
            };
        };
        responses: {
            /** @description Any 2xx: delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 15 s): retried */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
