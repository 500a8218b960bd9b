// This file is generated from spec/ by tools/src/generate.ts (openapi-typescript). Do not edit: run `pnpm generate`.

export type paths = {
    "/backups/{ID}/restorePoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List restore points of a backup
         * @description Returns references to all restore points of one backup. The backup must be of kind Standard or
         *     ChildBackup; `ID` is the backup's identifier (the last segment of its `Href`).
         *
         *     Platforms where this request is available: VMware vSphere, VMware Cloud Director and Microsoft Hyper-V.
         *
         *     The answer is an `EntityReferences` collection with one `Ref` per restore point. Each `Ref` names the
         *     restore point (display text such as `Jan 17 2019  5:21PM`, kept byte for byte, including the double
         *     space) and carries `Links` to its backup server, its backup, its full entity, its VM restore points and
         *     its backup files.
         *
         *     The format follows `Accept`: send `application/json` for JSON. No Accept header means XML, and so does
         *     `Accept: application/xml` or `*\/*`.
         */
        get: operations["listRestorePoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessionMngr/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log on and create a logon session
         * @description Creates a logon session for the user named in the HTTP Basic `Authorization` header. The request has no
         *     body. The answer carries the session token in the `X-RestSvcSessionId` response header (and in a cookie
         *     of the same name); send that header with every later request. The token is opaque: take it from the
         *     header, never compute it from `SessionId`.
         *
         *     `v` selects the API version; `latest` picks the newest one the server supports (API 1.7 on
         *     Veeam Backup & Replication 12 and 13).
         */
        post: operations["logon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logonSessions/{ID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Log off and end a logon session
         * @description Ends the logon session `ID` (the `SessionId` of the `LogonSession` that the logon returned, not the
         *     `X-RestSvcSessionId` token). The token stops working at once. Sessions also end by themselves
         *     after 15 minutes without requests.
         */
        delete: operations["logoff"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * Link
         * @description A link from one resource to another; `Rel` says how they relate.
         */
        Link: {
            /**
             * Format: uri
             * @description URL of the linked resource.
             */
            Href: string;
            /** @description Display name of the linked resource, when it has one. */
            Name?: string;
            /** @description Type of the linked resource, such as `BackupReference` or `VmRestorePointReferenceList`. */
            Type?: string;
            /**
             * @description Relation of the linked resource to this one (`Up`, `Down`, `Alternate`, `Related`, `Delete`, ...).
             * @example Up
             */
            Rel: string;
        };
        /**
         * Ref
         * @description A reference to one entity (here a restore point), with links to related resources.
         */
        Ref: {
            /**
             * @description Unique identifier of the entity, as a URN (`urn:veeam:RestorePoint:<uuid>`).
             * @example urn:veeam:RestorePoint:ec940768-5428-41af-b9b6-afad2aefe9d6
             */
            UID: string;
            /**
             * @description Display name of the entity. For a restore point this is its creation time as display text in the
             *     server's locale, padded with spaces (`Jan 17 2019  5:21PM`): keep it as it is and do not parse dates from it.
             * @example Jan 17 2019  5:21PM
             */
            Name: string;
            /**
             * Format: uri
             * @description URL of the entity.
             */
            Href: string;
            /**
             * @description Type of the reference, such as `RestorePointReference`.
             * @example RestorePointReference
             */
            Type: string;
            /** @description Links to related resources; `null` or absent when the server sends none. */
            Links?: components["schemas"]["Link"][] | null;
        };
        /**
         * EntityReferences
         * @description A collection of references to entities; here, one `Ref` per restore point of a backup.
         *     In XML the refs are repeated `Ref` children of the root element `EntityReferences`; in JSON they are
         *     the array `Refs` and the root element's name does not appear. An empty collection is `[]` or `null` in JSON.
         */
        EntityReferences: {
            /** @description The references, in the server's order. */
            Refs: components["schemas"]["Ref"][] | null;
        };
        /**
         * Error
         * @description The body of every error answer. Real servers leave out `Status` in XML and send `null` for absent
         *     values in JSON, so only `Message` and `StatusCode` are required.
         */
        Error: {
            /** @description What went wrong, in words. */
            Message: string;
            /** @description The HTTP status code of the answer. */
            StatusCode: number;
            /** @description The HTTP reason phrase, when the server sends one. */
            Status?: string | null;
            /** @description The message of the first exception the server caught, when it reports one. */
            FirstChanceExceptionMessage?: string | null;
            /** @description The server's stack trace, when it reports one. */
            StackTrace?: string | null;
        };
        /**
         * LogonSession
         * @description A logon session. `SessionId` names the session (for `DELETE /logonSessions/{ID}`); it is not the
         *     token: the token is the `X-RestSvcSessionId` response header of the logon.
         */
        LogonSession: {
            /**
             * Format: uri
             * @description URL of the logon session.
             */
            Href: string;
            /**
             * @description Always `LogonSession`.
             * @example LogonSession
             */
            Type: string;
            /** @description Links to what this session may use, including `Rel="Delete"` to log off. */
            Links?: components["schemas"]["Link"][] | null;
            /** @description The account the session belongs to, such as `SRV12\Administrator`. */
            UserName?: string;
            /**
             * Format: uuid
             * @description Identifier of the session.
             */
            SessionId: string;
        };
    };
    responses: {
        /** @description The request is malformed, for example a query the server cannot parse. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `X-RestSvcSessionId` is missing, unknown or expired (15 minutes without requests). Log on again. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The session is valid, but the account's role does not allow this request. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No resource has the given `ID`. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The server failed while answering. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The user name or password is wrong, or the `Authorization` header is missing. */
        LogonRefused: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Identifier of the backup (a UUID, the last segment of the backup's `Href`).
         * @example 7b6a400c-452c-41d1-bb81-ea682e89492d
         */
        BackupID: string;
        /**
         * @description The media type of the answer: `application/xml` or `application/json`. No Accept header (or `*\/*`)
         *     means XML. Media type parameters such as `charset` are allowed.
         */
        Accept: string;
        /**
         * @description The `SessionId` of the logon session to end.
         * @example 15a3fc97-0325-4119-b789-5c0367c6c565
         */
        LogonSessionID: string;
    };
    requestBodies: never;
    headers: {
        /** @description The length of the response body in bytes. */
        ContentLength: number;
        /**
         * @description The media type of the response body, `application/xml` or `application/json`, possibly with parameters such as `charset=utf-8`.
         * @example application/xml; charset=utf-8
         */
        ContentType: string;
        /**
         * @description The session token to send in the `X-RestSvcSessionId` header of every later request. Opaque.
         * @example O9Msj3rq7EGUhtSMBQx+mw==
         */
        XRestSvcSessionId: string;
        /**
         * @description The authentication scheme the server expects.
         * @example Basic Realm=RestSvc
         */
        WWWAuthenticate: string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    listRestorePoints: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The media type of the answer: `application/xml` or `application/json`. No Accept header (or `*\/*`)
                 *     means XML. Media type parameters such as `charset` are allowed.
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /**
                 * @description Identifier of the backup (a UUID, the last segment of the backup's `Href`).
                 * @example 7b6a400c-452c-41d1-bb81-ea682e89492d
                 */
                ID: components["parameters"]["BackupID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restore points of the backup. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Type": components["headers"]["ContentType"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["EntityReferences"];
                    "application/json": components["schemas"]["EntityReferences"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    logon: {
        parameters: {
            query?: {
                /**
                 * @description API version to use for this session, such as `latest` or `v1_7`.
                 * @example latest
                 */
                v?: "latest" | "v1_7" | "v1_6" | "v1_5";
            };
            header?: {
                /**
                 * @description The media type of the answer: `application/xml` or `application/json`. No Accept header (or `*\/*`)
                 *     means XML. Media type parameters such as `charset` are allowed.
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The logon session was created. */
            201: {
                headers: {
                    "X-RestSvcSessionId": components["headers"]["XRestSvcSessionId"];
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Type": components["headers"]["ContentType"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["LogonSession"];
                    "application/json": components["schemas"]["LogonSession"];
                };
            };
            401: components["responses"]["LogonRefused"];
            500: components["responses"]["InternalServerError"];
        };
    };
    logoff: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The media type of the answer: `application/xml` or `application/json`. No Accept header (or `*\/*`)
                 *     means XML. Media type parameters such as `charset` are allowed.
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /**
                 * @description The `SessionId` of the logon session to end.
                 * @example 15a3fc97-0325-4119-b789-5c0367c6c565
                 */
                ID: components["parameters"]["LogonSessionID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The logon session has ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
