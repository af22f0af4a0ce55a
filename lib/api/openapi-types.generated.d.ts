// Generated from the OpenAPI document by `npm run api:types`; do not edit.
export interface paths {
  "/api/articles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List articles, optionally those whose title matches a search
     * @description Requires the "read" permission (session cookie or Authorization: Bearer <token>).
     */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          search?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ArticlePage"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
      };
    };
    put?: never;
    /**
     * Import one article (created, duplicate or revision)
     * @description Requires the "write" permission (session cookie or Authorization: Bearer <token>).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            text: string;
            title?: string;
            outlet?: string;
            url?: string | "";
            publishedAt?: string;
            /** @enum {string} */
            language?: "ar" | "en";
            fileName?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportedArticle"];
          };
        };
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportedArticle"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/articles/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An article with its text, furniture, headings, claims and suggestions
     * @description Requires the "read" permission (session cookie or Authorization: Bearer <token>).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ArticleDetail"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload article files (and a catalog.json)
     * @description Requires the "write" permission (session cookie or Authorization: Bearer <token>).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "multipart/form-data": {
            /** @description article files */
            files: string[];
            catalog?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportBatch"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/claims": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search, filter, sort and page claims
     * @description Requires the "read" permission (session cookie or Authorization: Bearer <token>).
     */
    get: {
      parameters: {
        query?: {
          search?: string;
          verdict?: string;
          status?: string;
          kind?: string;
          article?: string;
          outlet?: string;
          source?: string;
          place?: string;
          actor?: string;
          conflicts?: "open" | "none";
          from?: string;
          to?: string;
          sort?: "updated_at" | "created_at" | "sourcing_strength" | "published_at" | "verdict" | "status" | "position";
          order?: "asc" | "desc";
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ClaimRowPage"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
      };
    };
    put?: never;
    /**
     * Create a claim from a span or accept a suggestion
     * @description Requires the "write" permission (session cookie or Authorization: Bearer <token>).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json":
            | {
                articleId: string;
                start: number;
                end: number;
                statement?: string;
              }
            | {
                suggestionId: string;
              };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SourcedClaim"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        409: components["responses"]["Error"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/suggestions/{id}/reject": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a suggested claim
     * @description Requires the "write" permission (session cookie or Authorization: Bearer <token>).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["RejectedSuggestion"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
        409: components["responses"]["Error"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/openapi.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * This document
     * @description Requires the "read" permission (session cookie or Authorization: Bearer <token>).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["OpenApiDocument"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The signed-in user (id, email, name, role)
     * @description Requires the "read" permission (session cookie or Authorization: Bearer <token>).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Me"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/claims/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A claim with its context, sourcing, links, evidence and decisions
     * @description Requires the "read" permission (session cookie or Authorization: Bearer <token>).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ClaimReview"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change statement, verdict and/or status (409 STALE with current and updatedBy)
     * @description Requires the "write" permission (session cookie or Authorization: Bearer <token>).
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            statement?: string | null;
            /** @enum {string} */
            verdict?: "unverified" | "corroborated" | "contested" | "false" | "misleading" | "unverifiable";
            /** @enum {string} */
            status?: "new" | "in_review" | "decided" | "published";
            note?: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Claim"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
        409: components["responses"]["Error"];
      };
    };
    trace?: never;
  };
  "/api/claims/{id}/history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The claim's events { seq, at, actor, session, action, changes }, newest first
     * @description Requires the "read" permission (session cookie or Authorization: Bearer <token>).
     */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          actor?: string;
          action?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["HistoryEventPage"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/claims/{id}/evidence": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The claim's evidence log
     * @description Requires the "read" permission (session cookie or Authorization: Bearer <token>).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["EvidencePage"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
      };
    };
    put?: never;
    /**
     * Add evidence (JSON, or multipart with an optional file of at most 10 MB)
     * @description Requires the "write" permission (session cookie or Authorization: Bearer <token>).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "multipart/form-data": {
            /** @enum {string} */
            kind: "document" | "link" | "contact" | "observation";
            text: string;
            sessionId?: string;
            file?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["AddedEvidence"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
        409: components["responses"]["Error"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/evidence/{id}/file": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An evidence attachment (download, in the type it was uploaded with)
     * @description Requires the "read" permission (session cookie or Authorization: Bearer <token>).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "*/*": string;
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sessions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List review sessions
     * @description Requires the "read" permission (session cookie or Authorization: Bearer <token>).
     */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SessionListItemPage"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
      };
    };
    put?: never;
    /**
     * Create a review session (optionally with its queue)
     * @description Requires the "write" permission (session cookie or Authorization: Bearer <token>).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            title: string;
            date: string;
            /** @default [] */
            participantIds?: string[];
            claimIds?: string[];
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["CreatedSession"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sessions/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A session with its queue, participants and summary
     * @description Requires the "read" permission (session cookie or Authorization: Bearer <token>).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SessionDetail"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sessions/{id}/items": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Append claims to the session's queue
     * @description Requires the "write" permission (session cookie or Authorization: Bearer <token>).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            claimIds: string[];
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Queued"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
        409: components["responses"]["Error"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sessions/{id}/decisions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decide a claim of the session (refused for claims not in it and for signed-off sessions)
     * @description Requires the "write" permission (session cookie or Authorization: Bearer <token>).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            claimId: string;
            /** @enum {string} */
            verdict: "unverified" | "corroborated" | "contested" | "false" | "misleading" | "unverifiable";
            note?: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Claim"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
        409: components["responses"]["Error"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sessions/{id}/sign-off": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign the session off: read-only, with its summary and the history head
     * @description Requires the "write" permission (session cookie or Authorization: Bearer <token>).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            version: number;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SignedOff"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
        409: components["responses"]["Error"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sessions/{id}/reopen": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reopen a signed-off session (admins)
     * @description Requires the "reopen_session" permission (session cookie or Authorization: Bearer <token>).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Reopened"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
        409: components["responses"]["Error"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sources": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search sources by any alias (Arabic-normalized; quotes and brackets ignored)
     * @description Requires the "read" permission (session cookie or Authorization: Bearer <token>).
     */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          search?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SourceListItemPage"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
      };
    };
    put?: never;
    /**
     * Create a source (its name is its first alias); 409 DUPLICATE when the name already names one
     * @description Requires the "write" permission (session cookie or Authorization: Bearer <token>).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            /** @enum {string} */
            kind: "person" | "organization" | "government_body" | "outlet" | "monitor" | "think_tank" | "social_media_account";
            /** @enum {string} */
            reliability?: "A" | "B" | "C" | "D" | "E" | "F";
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SourceRef"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        409: components["responses"]["Error"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sources/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A source with its aliases, members, merges and every claim it stands behind
     * @description Requires the "read" permission (session cookie or Authorization: Bearer <token>).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SourceDetail"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sources/{id}/aliases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add an alias to a source
     * @description Requires the "write" permission (session cookie or Authorization: Bearer <token>).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            alias: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SourceRef"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
        409: components["responses"]["Error"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sources/{id}/merge": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Merge this source into another one (both ids keep their history; every moved claim and article gets an event and a new version); 400 SELF_MERGE, 409 STALE
     * @description Requires the "write" permission (session cookie or Authorization: Bearer <token>).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            into: string;
            version: number;
            intoVersion?: number;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SourceRef"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
        409: components["responses"]["Error"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/sources/{id}/split": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Undo the merge of this source (admins): what the merge moved and still points at the target goes back; 409 NOT_MERGED, 409 STALE
     * @description Requires the "split_source" permission (session cookie or Authorization: Bearer <token>).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            version: number;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SourceRef"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
        409: components["responses"]["Error"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/claims/{id}/attributions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Replace a claim's attributions with its version; stores the new sourcing strength (409 STALE with current)
     * @description Requires the "write" permission (session cookie or Authorization: Bearer <token>).
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            version: number;
            attributions: {
              /** @enum {string} */
              kind:
                | "anonymous"
                | "official_statement"
                | "monitor_report"
                | "correspondent"
                | "media_report"
                | "think_tank_report"
                | "social_media_post"
                | "unattributed";
              channel?:
                | (
                    | "x_post"
                    | "social_media"
                    | "tv_interview"
                    | "press_interview"
                    | "press_conference"
                    | "statement"
                    | "published_report"
                    | "news_report"
                    | "other"
                  )
                | null;
              sourceId?:
                | (
                    | string
                    | {
                        id: string;
                      }
                  )
                | null;
              source?:
                | (
                    | string
                    | {
                        id: string;
                      }
                  )
                | null;
              affiliation?: string | null;
              viaId?:
                | (
                    | string
                    | {
                        id: string;
                      }
                  )
                | null;
              via?:
                | (
                    | string
                    | {
                        id: string;
                      }
                  )
                | null;
              /** @enum {string} */
              reliability?: "A" | "B" | "C" | "D" | "E" | "F";
              /** @enum {number} */
              credibility?: 1 | 2 | 3 | 4 | 5 | 6;
              cue?: string | null;
            }[];
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SourcedClaim"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
        409: components["responses"]["Error"];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/exports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export claims as CSV, JSON, ClaimReview JSON-LD, an HTML or a PDF report (streamed file; at most one scope: session, article or query; none = all claims; 404 for an unknown or empty scope, 503 when PDF is unavailable)
     * @description Requires the "read" permission (session cookie or Authorization: Bearer <token>).
     */
    get: {
      parameters: {
        query: {
          format: "csv" | "json" | "claimreview" | "html" | "pdf";
          session?: string;
          article?: string;
          query?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/csv": string;
            "application/json": string;
            "application/ld+json": string;
            "text/html": string;
            "application/pdf": string;
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/links": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List links between claims (filter by type, status, claim, place, actor)
     * @description Requires the "read" permission (session cookie or Authorization: Bearer <token>).
     */
    get: {
      parameters: {
        query?: {
          type?: string;
          status?: string;
          claim?: string;
          place?: string;
          actor?: string;
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["LinkViewPage"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
      };
    };
    put?: never;
    /**
     * Link two claims by hand (confirmed); 409 DUPLICATE or ARCHIVED, 400 SELF_LINK
     * @description Requires the "write" permission (session cookie or Authorization: Bearer <token>).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            aId: string;
            bId: string;
            /** @enum {string} */
            type: "contradicts" | "corroborates" | "same_event" | "supersedes";
            note?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Link"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        409: components["responses"]["Error"];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/links/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A link with both claims
     * @description Requires the "read" permission (session cookie or Authorization: Bearer <token>).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["LinkView"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Confirm, dismiss or resolve a link (a resolution needs resolutionNote); 409 STALE with current and updatedBy
     * @description Requires the "write" permission (session cookie or Authorization: Bearer <token>).
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            status: "proposed" | "confirmed" | "dismissed" | "resolved";
            resolutionNote?: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Link"];
          };
        };
        400: components["responses"]["Error"];
        401: components["responses"]["Error"];
        403: components["responses"]["Error"];
        404: components["responses"]["Error"];
        409: components["responses"]["Error"];
      };
    };
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ArticlePage: {
      items: components["schemas"]["ArticleListItem"][];
      total: number;
      page: number;
      pageSize: number;
    };
    ArticleListItem: {
      id: string;
      title: string;
      outlet: components["schemas"]["SourceRef"] | null;
      publishedAt: string | null;
      datePrecision: string;
      file: string | null;
      language: string;
      claimCount: number;
      pendingSuggestions: number;
      republishedFrom: components["schemas"]["ArticleRef"] | null;
    };
    SourceRef: {
      id: string;
      name: string;
    };
    ArticleRef: {
      id: string;
      title: string;
    };
    ImportedArticle: {
      id: string;
      /** @enum {string} */
      status: "created" | "duplicate" | "revision";
    };
    ArticleDetail: {
      id: string;
      title: string;
      titleDerived: boolean;
      outlet: components["schemas"]["SourceRef"] | null;
      publishedAt: string | null;
      datePrecision: string;
      language: string;
      url: string | null;
      file: string | null;
      contentHash: string;
      revision: number;
      revisionCount: number;
      version: number;
      text: string;
      furniture: {
        start: number;
        end: number;
        kind: string;
      }[];
      headings: {
        start: number;
        end: number;
      }[];
      republishedFrom: components["schemas"]["ArticleRef"] | null;
      republications: components["schemas"]["ArticleRef"][];
      claims: {
        id: string;
        start: number;
        end: number;
        quote: string;
        prefix: string;
        suffix: string;
        statement: string | null;
        verdict: string;
        status: string;
        anchorState: string;
        version: number;
        attributions: components["schemas"]["Attribution"][];
        /** @description false while the attributions are the system's suggestion and no editor has confirmed or changed them */
        attributionsConfirmed: boolean;
        sourcingStrength: number;
        corroboration: components["schemas"]["Corroboration"];
      }[];
      suggestions: {
        id: string;
        start: number;
        end: number;
        quote: string;
        reasons: string[];
        /** @enum {string} */
        state: "pending" | "accepted" | "rejected";
        attributions: components["schemas"]["Attribution"][];
      }[];
    };
    Attribution: {
      /** @enum {string} */
      kind:
        | "anonymous"
        | "official_statement"
        | "monitor_report"
        | "correspondent"
        | "media_report"
        | "think_tank_report"
        | "social_media_post"
        | "unattributed";
      channel:
        | (
            | "x_post"
            | "social_media"
            | "tv_interview"
            | "press_interview"
            | "press_conference"
            | "statement"
            | "published_report"
            | "news_report"
            | "other"
          )
        | null;
      source: components["schemas"]["SourceRef"] | null;
      affiliation: string | null;
      via: components["schemas"]["SourceRef"] | null;
      /** @enum {string} */
      reliability: "A" | "B" | "C" | "D" | "E" | "F";
      credibility: 1 | 2 | 3 | 4 | 5 | 6;
      cue: string | null;
    };
    Corroboration: {
      claims: number;
      origins: number;
    };
    ImportBatch: {
      outcomes: (
        | {
            fileName: string;
            /** @constant */
            status: "created";
            id: string;
            title: string;
            republishedFrom: string | null;
            hiddenLeftOut?: number;
          }
        | {
            fileName: string;
            /** @constant */
            status: "duplicate";
            id: string;
            title: string;
            hiddenLeftOut?: number;
          }
        | {
            fileName: string;
            hiddenLeftOut?: number;
            /** @constant */
            status: "revision";
            id: string;
            title: string;
            reanchored: number;
            orphaned: number;
          }
        | {
            fileName: string;
            /** @constant */
            status: "refused";
            message: string;
          }
      )[];
      summary: {
        imported: number;
        duplicates: number;
        revisions: number;
        refused: number;
      };
      catalogProblems: string[];
    };
    ClaimRowPage: {
      items: components["schemas"]["ClaimRow"][];
      total: number;
      page: number;
      pageSize: number;
    };
    ClaimRow: {
      id: string;
      articleId: string;
      start: number;
      end: number;
      quote: string;
      statement: string | null;
      verdict: string;
      status: string;
      version: number;
      sourcingStrength: number;
      anchorState: string;
      attributions: {
        kind: string;
        reliability: string;
        credibility: number;
        source: {
          id: string;
          name: string;
        } | null;
      }[];
      openConflicts: number;
      session: {
        id: string;
        title: string;
      } | null;
      article: {
        id: string;
        title: string;
        language: string;
        publishedAt: string | null;
        datePrecision: string;
      };
      outlet: {
        id: string;
        name: string;
      } | null;
      /** Format: date-time */
      updatedAt: string;
      updatedBy: string | null;
      /** @description where the search matched */
      highlights: {
        start: number;
        end: number;
      }[];
    };
    SourcedClaim: {
      id: string;
      articleId: string;
      start: number;
      end: number;
      quote: string;
      prefix: string;
      suffix: string;
      statement: string | null;
      verdict: string;
      status: string;
      anchorState: string;
      sourcingStrength: number;
      version: number;
      /** Format: date-time */
      updatedAt: string;
      /** @description the id of the user who changed the claim last */
      updatedBy: string | null;
      attributions: components["schemas"]["Attribution"][];
      /** @description false while the attributions are the system's suggestion and no editor has confirmed or changed them */
      attributionsConfirmed: boolean;
      corroboration: components["schemas"]["Corroboration"];
    };
    RejectedSuggestion: {
      id: string;
      /** @constant */
      state: "rejected";
    };
    OpenApiDocument: {
      /** @constant */
      openapi: "3.1.0";
      info: {
        title: string;
        version: string;
      } & {
        [key: string]: unknown;
      };
      paths: {
        [key: string]: {
          [key: string]: unknown;
        };
      };
      components: {
        schemas: {
          [key: string]: unknown;
        };
      } & {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    Me: {
      id: string;
      email: string;
      name: string;
      /** @enum {string} */
      role: "admin" | "editor" | "viewer";
    };
    ClaimReview: {
      claim: components["schemas"]["Claim"];
      /** @description the e-mail of the user who changed the claim last */
      updatedBy: string | null;
      article: {
        id: string;
        title: string;
        language: string;
      };
      context: {
        before: string;
        quote: string;
        after: string;
      } | null;
      attributions: {
        id: string;
        kind: string;
        channel: string | null;
        source: components["schemas"]["SourceRef"] | null;
        affiliation: string | null;
        via: components["schemas"]["SourceRef"] | null;
        reliability: string;
        credibility: number;
        cue: string | null;
      }[];
      links: {
        id: string;
        type: string;
        status: string;
        resolutionNote: string | null;
        other: {
          id: string;
          quote: string;
          articleId: string;
        };
        openConflict: boolean;
      }[];
      evidence: components["schemas"]["Evidence"][];
      decisions: {
        id: string;
        verdict: string;
        note: string | null;
        decider: string;
        /** Format: date-time */
        at: string;
        session: {
          id: string;
          title: string;
        } | null;
      }[];
    };
    Claim: {
      id: string;
      articleId: string;
      start: number;
      end: number;
      quote: string;
      prefix: string;
      suffix: string;
      statement: string | null;
      verdict: string;
      status: string;
      anchorState: string;
      sourcingStrength: number;
      version: number;
      /** Format: date-time */
      updatedAt: string;
      /** @description the id of the user who changed the claim last */
      updatedBy: string | null;
    };
    Evidence: {
      id: string;
      kind: string;
      text: string;
      file: {
        name: string;
        type: string | null;
        size: number | null;
        sha256: string | null;
      } | null;
      author: string;
      /** Format: date-time */
      at: string;
    };
    HistoryEventPage: {
      items: components["schemas"]["HistoryEvent"][];
      total: number;
      page: number;
      pageSize: number;
    };
    HistoryEvent: {
      seq: number;
      /** Format: date-time */
      at: string;
      actor: string;
      session: string | null;
      action: string;
      entityType: string;
      entityId: string;
      /** @description field → [before, after] */
      changes: {
        [key: string]: [unknown, unknown];
      };
    };
    EvidencePage: {
      items: components["schemas"]["Evidence"][];
      total: number;
      page: number;
      pageSize: number;
    };
    AddedEvidence: {
      id: string;
      claimId: string;
      fileSha256: string | null;
    };
    SessionListItemPage: {
      items: components["schemas"]["SessionListItem"][];
      total: number;
      page: number;
      pageSize: number;
    };
    SessionListItem: {
      id: string;
      title: string;
      date: string;
      status: string;
      decided: number;
      total: number;
      participants: {
        id: string;
        label: string;
      }[];
    };
    CreatedSession: {
      id: string;
    };
    SessionDetail: {
      id: string;
      title: string;
      date: string;
      status: string;
      version: number;
      /** Format: date-time */
      createdAt: string;
      createdBy: string;
      signedOffAt: string | null;
      signedOffBy: string | null;
      signOffHead: components["schemas"]["HistoryHead"] | null;
      summary: components["schemas"]["SessionSummary"] | null;
      participants: {
        id: string;
        label: string;
      }[];
      items: {
        claimId: string;
        position: number;
        quote: string;
        statement: string | null;
        claimVerdict: string;
        claimStatus: string;
        article: {
          id: string;
          title: string;
          language: string;
        };
        verdict: string | null;
        note: string | null;
        decidedBy: string | null;
        decidedAt: string | null;
      }[];
    };
    HistoryHead: {
      seq: number;
      hash: string;
    };
    SessionSummary: {
      total: number;
      decided: number;
      perVerdict: {
        [key: string]: number;
      };
      conflictsResolved: number;
      participants: string[];
      startedAt: string;
      endedAt: string;
      durationMinutes: number;
    };
    Queued: {
      added: number;
      alreadyQueued: number;
    };
    SignedOff: {
      head: components["schemas"]["HistoryHead"];
      summary: components["schemas"]["SessionSummary"];
    };
    Reopened: {
      id: string;
      /** @constant */
      status: "open";
    };
    SourceListItemPage: {
      items: components["schemas"]["SourceListItem"][];
      total: number;
      page: number;
      pageSize: number;
    };
    SourceListItem: {
      id: string;
      name: string;
      /** @enum {string} */
      kind: "person" | "organization" | "government_body" | "outlet" | "monitor" | "think_tank" | "social_media_account";
      /** @enum {string} */
      reliability: "A" | "B" | "C" | "D" | "E" | "F";
      aliases: string[];
      /** @description the alias the search matched, when it is not the name */
      matched: string | null;
      memberOf: components["schemas"]["SourceRef"] | null;
      claimCount: number;
    };
    SourceDetail: {
      id: string;
      name: string;
      /** @enum {string} */
      kind: "person" | "organization" | "government_body" | "outlet" | "monitor" | "think_tank" | "social_media_account";
      /** @enum {string} */
      reliability: "A" | "B" | "C" | "D" | "E" | "F";
      version: number;
      aliases: string[];
      memberOf: components["schemas"]["SourceRef"] | null;
      members: {
        id: string;
        name: string;
        /** @enum {string} */
        kind: "person" | "organization" | "government_body" | "outlet" | "monitor" | "think_tank" | "social_media_account";
      }[];
      mergedInto: components["schemas"]["SourceRef"] | null;
      mergedFrom: components["schemas"]["SourceRef"][];
      articleCount: number;
      claims: {
        id: string;
        quote: string;
        statement: string | null;
        verdict: string;
        sourcingStrength: number;
        article: {
          id: string;
          title: string;
          language: string;
        };
        /** @enum {string} */
        role: "source" | "via";
        /** @enum {string} */
        kind:
          | "anonymous"
          | "official_statement"
          | "monitor_report"
          | "correspondent"
          | "media_report"
          | "think_tank_report"
          | "social_media_post"
          | "unattributed";
        /** @enum {string} */
        reliability: "A" | "B" | "C" | "D" | "E" | "F";
        credibility: number;
      }[];
    };
    LinkViewPage: {
      items: components["schemas"]["LinkView"][];
      total: number;
      page: number;
      pageSize: number;
    };
    LinkView: {
      id: string;
      /** @enum {string} */
      type: "contradicts" | "corroborates" | "same_event" | "supersedes";
      /** @enum {string} */
      status: "proposed" | "confirmed" | "dismissed" | "resolved";
      score: number | null;
      reasons: string[];
      /** @enum {string} */
      proposedBy: "system" | "editor";
      proposedById: string | null;
      confirmedById: string | null;
      resolutionNote: string | null;
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      a: components["schemas"]["ClaimCard"];
      b: components["schemas"]["ClaimCard"];
    };
    ClaimCard: {
      id: string;
      articleId: string;
      quote: string;
      language: string;
      articleTitle: string;
      outlet: string | null;
      publishedAt: string | null;
      datePrecision: string;
      sourcingStrength: number;
      attributionKinds: string[];
      archived: boolean;
      agent: string | null;
      places: string[];
      timeLabel: string;
      time: {
        from: string;
        to: string;
      } | null;
      stances: {
        question: string;
        value: string;
        negated?: boolean;
      }[];
    };
    Link: {
      id: string;
      /** @enum {string} */
      type: "contradicts" | "corroborates" | "same_event" | "supersedes";
      /** @enum {string} */
      status: "proposed" | "confirmed" | "dismissed" | "resolved";
      score: number | null;
      reasons: string[];
      /** @enum {string} */
      proposedBy: "system" | "editor";
      proposedById: string | null;
      confirmedById: string | null;
      resolutionNote: string | null;
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      a: {
        id: string;
        articleId: string;
        quote: string;
      };
      b: {
        id: string;
        articleId: string;
        quote: string;
      };
    };
    Error: {
      error: {
        /** @description INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, STALE, DUPLICATE, … or the refusal's reason */
        code: string;
        message: string;
        /** @description what is wrong with each field of the request */
        fields?: {
          [key: string]: string[];
        };
      };
    } & {
      [key: string]: unknown;
    };
  };
  responses: {
    /** @description An error: { error: { code, message, fields? } } (a STALE refusal also carries the current record) */
    Error: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
