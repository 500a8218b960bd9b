// This file is generated from spec/ by tools/src/generate.ts (openapi-typescript). Do not edit: run `pnpm generate`.

export type paths = {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the entry point and the supported versions
         * @description Returns the `EnterpriseManager` root of the REST API: a `Rel="Down"` link to the logon sessions, a
         *     `Rel="Create"` link to the logon (`POST /sessionMngr/?v=latest`) and one `SupportedVersion` per API version
         *     the server supports, each with its own logon link. No session is needed.
         *
         *     Current servers (Veeam Backup & Replication 12 and 13) list `v1_5`, `v1_6` and `v1_7`; versions before
         *     `v1_5` are no longer supported.
         *
         *     The format follows `Accept`: send `application/json` for JSON. No Accept header means XML, and so does
         *     `Accept: application/xml` or `*\/*`.
         */
        get: operations["getEnterpriseManager"];
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
    "/logonSessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the logon sessions of the caller
         * @description Returns the logon sessions of the calling user as `LogonSessions`, each with its `SessionId` and a
         *     `Rel="Delete"` link that ends it. Clients that did not keep the `SessionId` of their logon read it here
         *     before logging off.
         *
         *     The format follows `Accept`: send `application/json` for JSON. No Accept header means XML, and so does
         *     `Accept: application/xml` or `*\/*`.
         */
        get: operations["listLogonSessions"];
        put?: never;
        post?: never;
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
        /**
         * Get a logon session
         * @description Returns the logon session `ID` (its `SessionId`, not the `X-RestSvcSessionId` token) as a `LogonSession`,
         *     with the user name and links to what the session may use, including `Rel="Delete"` to log off.
         *
         *     The format follows `Accept`: send `application/json` for JSON. No Accept header means XML, and so does
         *     `Accept: application/xml` or `*\/*`.
         */
        get: operations["getLogonSession"];
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
    "/backupServers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List backup servers
         * @description Returns every Veeam Backup & Replication server connected to Enterprise Manager.
         *
         *     Without `format` the answer is an `EntityReferences` collection (JSON `Refs`, example `BackupServerReferences`);
         *     with `format=Entity` it is the list of entities `BackupServers` (JSON `BackupServers`, example `BackupServers`). In XML the root
         *     element tells them apart, in JSON which array the object holds.
         *
         *     The format follows `Accept`: send `application/json` for JSON. No Accept header means XML, and so does
         *     `Accept: application/xml` or `*\/*`.
         */
        get: operations["listBackupServers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backupServers/{ID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a backup server
         * @description Returns the backup server `ID`.
         *
         *     Without `format` the answer is the reference `BackupServerReference` (XML root `EntityRef`, example
         *     `BackupServerReference`); with `format=Entity` it is the entity `BackupServer` (example `BackupServer`). The `Alternate` link of
         *     each leads to the other. In XML the root element tells them apart, in JSON `Type`.
         *
         *     The format follows `Accept`: send `application/json` for JSON. No Accept header means XML, and so does
         *     `Accept: application/xml` or `*\/*`.
         */
        get: operations["getBackupServer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List backups
         * @description Returns every backup on the backup servers connected to Enterprise Manager.
         *
         *     Without `format` the answer is an `EntityReferences` collection (JSON `Refs`, example `BackupReferences`);
         *     with `format=Entity` it is the list of entities `Backups` (JSON `Backups`, example `Backups`). In XML the root
         *     element tells them apart, in JSON which array the object holds.
         *
         *     Platforms where this request is available: VMware vSphere, VMware Cloud Director and Microsoft Hyper-V.
         *
         *     The format follows `Accept`: send `application/json` for JSON. No Accept header means XML, and so does
         *     `Accept: application/xml` or `*\/*`.
         */
        get: operations["listBackups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backups/{ID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a backup
         * @description Returns the backup `ID`.
         *
         *     Without `format` the answer is the reference `BackupReference` (XML root `EntityRef`, example
         *     `BackupReference`); with `format=Entity` it is the entity `Backup` (example `Backup`). The `Alternate` link of
         *     each leads to the other. In XML the root element tells them apart, in JSON `Type`.
         *
         *     The format follows `Accept`: send `application/json` for JSON. No Accept header means XML, and so does
         *     `Accept: application/xml` or `*\/*`.
         */
        get: operations["getBackup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/restorePoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the restore points of every backup
         * @description Returns the restore points of every backup and replica on the backup servers connected to Enterprise
         *     Manager (the `RestorePointReferenceList` link of a logon session). `GET /backups/{ID}/restorePoints` lists
         *     those of one backup.
         *
         *     Without `format` the answer is an `EntityReferences` collection (JSON `Refs`, example `AllRestorePointReferences`);
         *     with `format=Entity` it is the list of entities `RestorePoints` (JSON `RestorePoints`, example `AllRestorePoints`). In XML the root
         *     element tells them apart, in JSON which array the object holds.
         *
         *     Platforms where this request is available: VMware vSphere, VMware Cloud Director and Microsoft Hyper-V.
         *
         *     The format follows `Accept`: send `application/json` for JSON. No Accept header means XML, and so does
         *     `Accept: application/xml` or `*\/*`.
         */
        get: operations["listAllRestorePoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restorePoints/{ID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a restore point
         * @description Returns the restore point `ID`. The `Alternate` link of a restore point ref (`?format=Entity`) leads here.
         *
         *     Without `format` the answer is the reference `RestorePointReference` (XML root `EntityRef`, example
         *     `RestorePointReference`); with `format=Entity` it is the entity `RestorePoint` (example `RestorePoint`). The `Alternate` link of
         *     each leads to the other. In XML the root element tells them apart, in JSON `Type`. Only the entity has `BackupDateUTC`, the creation time
         *     to compute with: the `Name` is display text.
         *
         *     Platforms where this request is available: VMware vSphere, VMware Cloud Director and Microsoft Hyper-V.
         *
         *     The format follows `Accept`: send `application/json` for JSON. No Accept header means XML, and so does
         *     `Accept: application/xml` or `*\/*`.
         */
        get: operations["getRestorePoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restorePoints/{ID}/vmRestorePoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the virtual machine restore points of a restore point
         * @description Returns the restore points of the separate VMs in the restore point `ID` (the `Rel="Down"` link of type
         *     `VmRestorePointReferenceList`).
         *
         *     Without `format` the answer is an `EntityReferences` collection (JSON `Refs`, example `VmRestorePointReferences`);
         *     with `format=Entity` it is the list of entities `VmRestorePoints` (JSON `VmRestorePoints`, example `VmRestorePoints`). In XML the root
         *     element tells them apart, in JSON which array the object holds.
         *
         *     Platforms where this request is available: VMware vSphere, VMware Cloud Director and Microsoft Hyper-V.
         *
         *     The format follows `Accept`: send `application/json` for JSON. No Accept header means XML, and so does
         *     `Accept: application/xml` or `*\/*`.
         */
        get: operations["listRestorePointVmRestorePoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restorePoints/{ID}/vAppRestorePoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the restore points of virtual apps in a restore point
         * @description Returns the restore points of the VMware Cloud Director vApps in the restore point `ID` (the `Rel="Down"`
         *     link of type `VAppRestorePointReferenceList` that restore points of Cloud Director backups carry). A restore
         *     point of VMs has none: the examples show that empty answer.
         *
         *     Without `format` the answer is an `EntityReferences` collection (JSON `Refs`, example `VAppRestorePointReferences`);
         *     with `format=Entity` it is the list of entities `VAppRestorePoints` (JSON `VAppRestorePoints`, example `VAppRestorePoints`). In XML the root
         *     element tells them apart, in JSON which array the object holds.
         *
         *     Platforms where this request is available: VMware Cloud Director.
         *
         *     The format follows `Accept`: send `application/json` for JSON. No Accept header means XML, and so does
         *     `Accept: application/xml` or `*\/*`.
         */
        get: operations["listRestorePointVAppRestorePoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restorePoints/{ID}/backupFiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the backup files of a restore point
         * @description Returns the backup files that hold the restore point `ID` (its `Rel="Related"` link; the reference page's
         *     example types that link `RestorePointReferenceList`, the entity's `BackupFileReferenceList`).
         *
         *     Without `format` the answer is an `EntityReferences` collection (JSON `Refs`, example `BackupFileReferences`);
         *     with `format=Entity` it is the list of entities `BackupFiles` (JSON `BackupFiles`, example `BackupFiles`). In XML the root
         *     element tells them apart, in JSON which array the object holds.
         *
         *     Platforms where this request is available: VMware vSphere, VMware Cloud Director and Microsoft Hyper-V.
         *
         *     The format follows `Accept`: send `application/json` for JSON. No Accept header means XML, and so does
         *     `Accept: application/xml` or `*\/*`.
         */
        get: operations["listRestorePointBackupFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vmRestorePoints/{ID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a virtual machine restore point
         * @description Returns the VM restore point `ID`.
         *
         *     Without `format` the answer is the reference `VmRestorePointReference` (XML root `EntityRef`, example
         *     `VmRestorePointReference`); with `format=Entity` it is the entity `VmRestorePoint` (example `VmRestorePoint`). The `Alternate` link of
         *     each leads to the other. In XML the root element tells them apart, in JSON `Type`.
         *
         *     Platforms where this request is available: VMware vSphere, VMware Cloud Director and Microsoft Hyper-V.
         *
         *     The format follows `Accept`: send `application/json` for JSON. No Accept header means XML, and so does
         *     `Accept: application/xml` or `*\/*`.
         */
        get: operations["getVmRestorePoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backupFiles/{ID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a backup file
         * @description Returns the backup file `ID`.
         *
         *     Without `format` the answer is the reference `BackupFileReference` (XML root `EntityRef`, example
         *     `BackupFileReference`); with `format=Entity` it is the entity `BackupFile` (example `BackupFile`). The `Alternate` link of
         *     each leads to the other. In XML the root element tells them apart, in JSON `Type`.
         *
         *     Platforms where this request is available: VMware vSphere, VMware Cloud Director and Microsoft Hyper-V.
         *
         *     The format follows `Accept`: send `application/json` for JSON. No Accept header means XML, and so does
         *     `Accept: application/xml` or `*\/*`.
         */
        get: operations["getBackupFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find resources of one type with a filter, sorting and paging
         * @description The query service: the resources of one `type` across every backup server, filtered by `filter`, sorted by
         *     `sortAsc` or `sortDesc`, one page at a time (`pageSize`, `page`). "Every restore point of VM winsrv01 since
         *     January 1, newest first" is
         *     `GET /query?type=VmRestorePoint&format=Entities&filter=VmDisplayName==winsrv01;CreationTime>="2019-01-01T00:00:00Z"&sortDesc=CreationTime&pageSize=1000&page=1`.
         *
         *     The answer is one page, a `QueryResult`: without `format` it holds references (`Refs`, example
         *     `QueryRestorePointRefs`), with `format=Entities` the entities (`Entities`, example
         *     `QueryVmRestorePointEntities`). Its `PagingInfo` gives the page number, the page size and the number of
         *     pages, and links to the other pages: read every page by following `Rel="Next"` until it is absent. Send
         *     `pageSize`: the reference says a query without it answers everything on one page, but servers have
         *     answered pages of 100.
         *
         *     The grammar of `filter` and the queryable fields of each type are described with the parameter. A
         *     filter EM cannot parse, an unknown type or an unknown field answers 400.
         *
         *     Links in XML escape `&` as `&amp;`; an XML reader gives back the plain URL.
         *
         *     The format follows `Accept`: send `application/json` for JSON. No Accept header means XML, and so does
         *     `Accept: application/xml` or `*\/*`.
         */
        get: operations["query"];
        put?: never;
        post?: never;
        delete?: never;
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
            /**
             * @description Type of the linked resource, such as `BackupReference` or `VmRestorePointReferenceList`. EM's rule maps it to
             *     the schema of the answer: `<Entity>ReferenceList` is `EntityReferences`, `<Entity>List` is the plural entity list
             *     (`BackupList` is `Backups`, `LogonSessionList` is `LogonSessions`), and any other value is the name of the
             *     schema itself: `RestorePointReference` (XML root `EntityRef`), `RestorePoint`, `LogonSession`, `EnterpriseManager`.
             */
            Type?: string;
            /**
             * @description Relation of the linked resource to this one (`Up`, `Down`, `Alternate`, `Related`, `Delete`, ...).
             * @example Up
             */
            Rel: string;
        };
        /**
         * SupportedVersion
         * @description One version of the REST API that the server supports, with the link that logs on to it.
         */
        SupportedVersion: {
            /**
             * @description The version's name as `?v=` takes it (`v1_5`, `v1_6`, `v1_7`).
             * @example v1_7
             */
            Name: string;
            /** @description The `Rel="Create"` link that logs on with this version (`POST /sessionMngr/?v=<Name>`). */
            Links?: components["schemas"]["Link"][] | null;
        };
        /**
         * SupportedVersionList
         * @description The `SupportedVersions` element of the API root. In XML it holds repeated `SupportedVersion` children; in JSON
         *     it is an object whose array `SupportedVersions` holds them, as EM's .NET model nests every XSD list type
         *     (see spec/README.md).
         */
        SupportedVersionList: {
            /** @description The supported versions, oldest first. */
            SupportedVersions: components["schemas"]["SupportedVersion"][] | null;
        };
        /**
         * EnterpriseManager
         * @description The entry point of the REST API (`GET /`), readable without a session: links to the logon sessions and to
         *     the logon, and the API versions the server supports. The XSD gives it `Href` and `Type` attributes; real
         *     servers send neither, so none is described.
         */
        EnterpriseManager: {
            /** @description `Rel="Down"` to `/logonSessions` (`LogonSessionList`) and `Rel="Create"` to `/sessionMngr/?v=latest` (`LogonSession`). */
            Links?: components["schemas"]["Link"][] | null;
            SupportedVersions: components["schemas"]["SupportedVersionList"];
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
        /**
         * LogonSessions
         * @description The logon sessions of the calling user (`GET /logonSessions`). In XML the sessions are repeated `LogonSession`
         *     children of the root element `LogonSessions`; in JSON they are the array `LogonSessions` (public clients read
         *     `json['LogonSessions'][0]['SessionId']` to log off).
         */
        LogonSessions: {
            /** @description The sessions, in the server's order. */
            LogonSessions: components["schemas"]["LogonSession"][] | null;
        };
        /**
         * Ref
         * @description A reference to one entity (a restore point, a backup, a VM restore point, ...), with links to related resources; an item of `EntityReferences`.
         */
        Ref: {
            /**
             * @description Unique identifier of the entity, as a URN (`urn:veeam:RestorePoint:<uuid>`); the pattern is the XSD's `UidType`.
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
             * @description Type of the reference, such as `RestorePointReference`; always the entity's type followed by `Reference`.
             * @example RestorePointReference
             */
            Type: string;
            /** @description Links to related resources; `null` or absent when the server sends none. */
            Links?: components["schemas"]["Link"][] | null;
        };
        /**
         * EntityReferences
         * @description A collection of references to entities (restore points of a backup, backups, backup servers, VM restore points, ...): what
         *     a collection answers without `format=Entity`, one `Ref` per entity.
         *     In XML the refs are repeated `Ref` children of the root element `EntityReferences`; in JSON they are
         *     the array `Refs` and the root element's name does not appear. An empty collection is `[]` or `null` in JSON.
         */
        EntityReferences: {
            /** @description The references, in the server's order. */
            Refs: components["schemas"]["Ref"][] | null;
        };
        /**
         * BackupServer
         * @description A Veeam Backup & Replication server connected to Enterprise Manager, as an entity
         *     (`GET /backupServers/{ID}?format=Entity`). `WcfPort` and `VbrCertificateThumbprint` are newer than the public
         *     XSD (the v13 reference lists them for servers with Veeam Backup & Replication 12 or later).
         */
        BackupServer: {
            /**
             * Format: uri
             * @description URL of this entity representation (it ends in `?format=Entity`).
             */
            Href: string;
            /**
             * @description Always `BackupServer`; the reference form of the same resource has `BackupServerReference`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            Type: "BackupServer";
            /** @description Name of the backup server, usually its DNS name or address (`srv30`). */
            Name: string;
            /**
             * @description Unique identifier, `urn:veeam:BackupServer:<uuid>`; the uuid is the last segment of the `Href` path.
             * @example urn:veeam:BackupServer:4ad6fa62-9164-4ea0-87c8-1e2d071d60de
             */
            UID: string;
            /** @description Links to related resources, including `Rel="Alternate"` to the reference form; `null` or absent when the server sends none. */
            Links?: components["schemas"]["Link"][] | null;
            /** @description Description of the backup server given in Enterprise Manager; often empty. */
            Description?: string;
            /**
             * @description Port Enterprise Manager uses to collect data from the server (9392 by default).
             * @example 9392
             */
            Port: number;
            /** @description Version of Veeam Backup & Replication on the server (`13.0.1.1071`). */
            Version: string;
            /** @description Certificate port Enterprise Manager uses for servers with Veeam Backup & Replication 12 or later (9405 by default). */
            WcfPort?: number;
            /** @description Thumbprint of the backup server's certificate (40 hexadecimal digits). */
            VbrCertificateThumbprint?: string;
        };
        /**
         * BackupServers
         * @description A list of backup server entities, the `?format=Entity` answer of a collection. In XML the entities are repeated
         *     `BackupServer` children of the root element `BackupServers`; in JSON they are the array `BackupServers` and the root element's
         *     name does not appear (JSON names come from the server's .NET model, see spec/README.md). An empty list is `[]` or `null` in JSON.
         */
        BackupServers: {
            /** @description The entities, in the server's order. */
            BackupServers: components["schemas"]["BackupServer"][] | null;
        };
        /**
         * BackupServersRepresentation
         * @description What `GET /backupServers` answers: references to the backup servers (`EntityReferences`, JSON `Refs`) without `format`,
         *     their entities (`BackupServers`, JSON `BackupServers`) with `format=Entity`. In XML the root element tells them
         *     apart (`EntityReferences` or `BackupServers`); in JSON, which array the object holds (`Refs` or `BackupServers`).
         */
        BackupServersRepresentation: components["schemas"]["EntityReferences"] | components["schemas"]["BackupServers"];
        /**
         * BackupServerReference
         * @description The reference to one backup server: what `GET /backupServers/{ID}` answers without `format=Entity`. XML root element
         *     `EntityRef` (EM's element for every single reference), attributes as a `Ref`; in JSON the root element's name
         *     does not appear. The schema is named after its `Type`, as links name what they lead to: a link of type
         *     `BackupServerReference` leads here, and its `Alternate` link leads to the entity `BackupServer`.
         */
        BackupServerReference: {
            /** @description Unique identifier of the backup server, `urn:veeam:BackupServer:<uuid>`. */
            UID: string;
            /** @description Display name of the backup server, kept byte for byte. */
            Name: string;
            /**
             * Format: uri
             * @description URL of this reference (without `format`).
             */
            Href: string;
            /**
             * @description Always `BackupServerReference`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            Type: "BackupServerReference";
            /** @description Links to related resources, including `Rel="Alternate"` to the entity; `null` or absent when the server sends none. */
            Links?: components["schemas"]["Link"][] | null;
        };
        /**
         * BackupServerRepresentation
         * @description What `GET /backupServers/{ID}` answers: the reference `BackupServerReference` (XML root `EntityRef`) without `format`,
         *     the entity `BackupServer` with `format=Entity`. In XML the root element tells them apart (`EntityRef` or
         *     `BackupServer`); in JSON, `Type`, whose value is the name of the schema.
         */
        BackupServerRepresentation: components["schemas"]["BackupServerReference"] | components["schemas"]["BackupServer"];
        /**
         * Backup
         * @description A backup (the files one job wrote to one repository) as an entity (`GET /backups/{ID}?format=Entity`).
         *     The XSD lists a child `Ref` before `Platform`; the v13 reference's example and real payloads have none, so it
         *     is not described. `BackupType` is newer than the public XSD.
         */
        Backup: {
            /**
             * Format: uri
             * @description URL of this entity representation (it ends in `?format=Entity`).
             */
            Href: string;
            /**
             * @description Always `Backup`; the reference form of the same resource has `BackupReference`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            Type: "Backup";
            /** @description Name of the backup, the name of the job that created it (`WindowsFileLevelRestoreFromCatalog`). */
            Name: string;
            /**
             * @description Unique identifier, `urn:veeam:Backup:<uuid>`; the uuid is the last segment of the `Href` path.
             * @example urn:veeam:Backup:7b6a400c-452c-41d1-bb81-ea682e89492d
             */
            UID: string;
            /** @description Links to related resources, including `Rel="Alternate"` to the reference form; `null` or absent when the server sends none. */
            Links?: components["schemas"]["Link"][] | null;
            /**
             * @description Platform of the protected machines. Listed in EM's order, which `/query` filters use to compare values.
             * @enum {string}
             */
            Platform?: "VMware" | "HyperV" | "vCloud" | "AgentForLinux" | "AgentForWindows" | "CustomPlatform";
            /**
             * @description `Standard` for VMware, Hyper-V, Cloud Director and standalone agent backups; `ParentBackup` for a Veeam Agent backup that holds child backups; `ChildBackup` for the backup of one machine inside a `ParentBackup`. Listed in EM's order, which `/query` filters use to compare values.
             * @enum {string}
             */
            BackupType?: "Standard" | "ParentBackup" | "ChildBackup";
        };
        /**
         * Backups
         * @description A list of backup entities, the `?format=Entity` answer of a collection. In XML the entities are repeated
         *     `Backup` children of the root element `Backups`; in JSON they are the array `Backups` and the root element's
         *     name does not appear (JSON names come from the server's .NET model, see spec/README.md). An empty list is `[]` or `null` in JSON.
         */
        Backups: {
            /** @description The entities, in the server's order. */
            Backups: components["schemas"]["Backup"][] | null;
        };
        /**
         * BackupsRepresentation
         * @description What `GET /backups` answers: references to the backups (`EntityReferences`, JSON `Refs`) without `format`,
         *     their entities (`Backups`, JSON `Backups`) with `format=Entity`. In XML the root element tells them
         *     apart (`EntityReferences` or `Backups`); in JSON, which array the object holds (`Refs` or `Backups`).
         */
        BackupsRepresentation: components["schemas"]["EntityReferences"] | components["schemas"]["Backups"];
        /**
         * BackupReference
         * @description The reference to one backup: what `GET /backups/{ID}` answers without `format=Entity`. XML root element
         *     `EntityRef` (EM's element for every single reference), attributes as a `Ref`; in JSON the root element's name
         *     does not appear. The schema is named after its `Type`, as links name what they lead to: a link of type
         *     `BackupReference` leads here, and its `Alternate` link leads to the entity `Backup`.
         */
        BackupReference: {
            /** @description Unique identifier of the backup, `urn:veeam:Backup:<uuid>`. */
            UID: string;
            /** @description Display name of the backup, kept byte for byte. */
            Name: string;
            /**
             * Format: uri
             * @description URL of this reference (without `format`).
             */
            Href: string;
            /**
             * @description Always `BackupReference`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            Type: "BackupReference";
            /** @description Links to related resources, including `Rel="Alternate"` to the entity; `null` or absent when the server sends none. */
            Links?: components["schemas"]["Link"][] | null;
        };
        /**
         * BackupRepresentation
         * @description What `GET /backups/{ID}` answers: the reference `BackupReference` (XML root `EntityRef`) without `format`,
         *     the entity `Backup` with `format=Entity`. In XML the root element tells them apart (`EntityRef` or
         *     `Backup`); in JSON, `Type`, whose value is the name of the schema.
         */
        BackupRepresentation: components["schemas"]["BackupReference"] | components["schemas"]["Backup"];
        /**
         * RestorePoint
         * @description A restore point of a backup as an entity (`GET /restorePoints/{ID}?format=Entity`): the reference's
         *     attributes and links plus `BackupDateUTC`. The XSD also lists a child `Ref` before `BackupDateUTC`; the v13
         *     reference's example and real payloads have none, so it is not described.
         */
        RestorePoint: {
            /**
             * Format: uri
             * @description URL of this entity representation (it ends in `?format=Entity`).
             */
            Href: string;
            /**
             * @description Always `RestorePoint`; the reference form of the same resource has `RestorePointReference`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            Type: "RestorePoint";
            /** @description Creation time as display text in the server's locale, padded with spaces (`Jan 17 2019  5:21PM`); parse dates from `BackupDateUTC`, never from it. */
            Name: string;
            /**
             * @description Unique identifier, `urn:veeam:RestorePoint:<uuid>`; the uuid is the last segment of the `Href` path.
             * @example urn:veeam:RestorePoint:ec940768-5428-41af-b9b6-afad2aefe9d6
             */
            UID: string;
            /** @description Links to related resources, including `Rel="Alternate"` to the reference form; `null` or absent when the server sends none. */
            Links?: components["schemas"]["Link"][] | null;
            /**
             * Format: date-time
             * @description When the restore point was created, in UTC (ISO 8601 with `Z`, 0 to 7 fraction digits).
             * @example 2019-01-17T17:21:04.333Z
             */
            BackupDateUTC: string;
        };
        /**
         * RestorePoints
         * @description A list of restore point entities, the `?format=Entity` answer of a collection. In XML the entities are repeated
         *     `RestorePoint` children of the root element `RestorePoints`; in JSON they are the array `RestorePoints` and the root element's
         *     name does not appear (JSON names come from the server's .NET model, see spec/README.md). An empty list is `[]` or `null` in JSON.
         */
        RestorePoints: {
            /** @description The entities, in the server's order. */
            RestorePoints: components["schemas"]["RestorePoint"][] | null;
        };
        /**
         * RestorePointsRepresentation
         * @description What `GET /restorePoints` answers: references to the restore points of every backup (`EntityReferences`, JSON `Refs`) without `format`,
         *     their entities (`RestorePoints`, JSON `RestorePoints`) with `format=Entity`. In XML the root element tells them
         *     apart (`EntityReferences` or `RestorePoints`); in JSON, which array the object holds (`Refs` or `RestorePoints`).
         */
        RestorePointsRepresentation: components["schemas"]["EntityReferences"] | components["schemas"]["RestorePoints"];
        /**
         * RestorePointReference
         * @description The reference to one restore point: what `GET /restorePoints/{ID}` answers without `format=Entity`. XML root element
         *     `EntityRef` (EM's element for every single reference), attributes as a `Ref`; in JSON the root element's name
         *     does not appear. The schema is named after its `Type`, as links name what they lead to: a link of type
         *     `RestorePointReference` leads here, and its `Alternate` link leads to the entity `RestorePoint`.
         */
        RestorePointReference: {
            /** @description Unique identifier of the restore point, `urn:veeam:RestorePoint:<uuid>`. */
            UID: string;
            /** @description Display name of the restore point, kept byte for byte. */
            Name: string;
            /**
             * Format: uri
             * @description URL of this reference (without `format`).
             */
            Href: string;
            /**
             * @description Always `RestorePointReference`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            Type: "RestorePointReference";
            /** @description Links to related resources, including `Rel="Alternate"` to the entity; `null` or absent when the server sends none. */
            Links?: components["schemas"]["Link"][] | null;
        };
        /**
         * RestorePointRepresentation
         * @description What `GET /restorePoints/{ID}` answers: the reference `RestorePointReference` (XML root `EntityRef`) without `format`,
         *     the entity `RestorePoint` with `format=Entity`. In XML the root element tells them apart (`EntityRef` or
         *     `RestorePoint`); in JSON, `Type`, whose value is the name of the schema.
         */
        RestorePointRepresentation: components["schemas"]["RestorePointReference"] | components["schemas"]["RestorePoint"];
        /**
         * VmRestorePoint
         * @description The restore point of one VM inside a restore point, as an entity (`GET /vmRestorePoints/{ID}?format=Entity`).
         *     The XSD's optional `SqlInfo` (SQL Server databases of the VM) is not described: the v13 reference does not
         *     list it. The v13 reference names the creation time `CreationTime`, but real payloads and the XSD use the
         *     element `CreationTimeUTC`.
         */
        VmRestorePoint: {
            /**
             * Format: uri
             * @description URL of this entity representation (it ends in `?format=Entity`).
             */
            Href: string;
            /**
             * @description Always `VmRestorePoint`; the reference form of the same resource has `VmRestorePointReference`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            Type: "VmRestorePoint";
            /** @description Name of the VM restore point: the VM's name, `@` and the creation time in the server's locale (`winsrv01@2019-01-17 17:21:04`); some servers add fraction digits. */
            Name: string;
            /**
             * @description Unique identifier, `urn:veeam:VmRestorePoint:<uuid>`; the uuid is the last segment of the `Href` path.
             * @example urn:veeam:VmRestorePoint:3c7d1f2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f
             */
            UID: string;
            /** @description Display name of the VM. */
            VmDisplayName?: string;
            /** @description Links to related resources, including `Rel="Alternate"` to the reference form; `null` or absent when the server sends none. */
            Links?: components["schemas"]["Link"][] | null;
            /**
             * Format: date-time
             * @description When the VM restore point was created, in UTC.
             */
            CreationTimeUTC: string;
            /** @description Name of the VM. */
            VmName: string;
            /**
             * @description Backup method that created the point. Listed in EM's order, which `/query` filters use to compare values.
             * @enum {string}
             */
            Algorithm: "Full" | "ReversedIncremental" | "Incremental" | "SyntheticFull";
            /**
             * @description Kind of the point in the backup chain. Listed in EM's order, which `/query` filters use to compare values.
             * @enum {string}
             */
            PointType: "Full" | "Increment" | "ReverseIncrement";
            /** @description Reference to the VM in the virtual infrastructure, `urn:<Platform>:<Type>:<host id>.<object id>` (`urn:VMware:Vm:<vCenter uuid>.vm-491`). */
            HierarchyObjRef: string;
        };
        /**
         * VmRestorePoints
         * @description A list of VM restore point entities, the `?format=Entity` answer of a collection. In XML the entities are repeated
         *     `VmRestorePoint` children of the root element `VmRestorePoints`; in JSON they are the array `VmRestorePoints` and the root element's
         *     name does not appear (JSON names come from the server's .NET model, see spec/README.md). An empty list is `[]` or `null` in JSON.
         */
        VmRestorePoints: {
            /** @description The entities, in the server's order. */
            VmRestorePoints: components["schemas"]["VmRestorePoint"][] | null;
        };
        /**
         * VmRestorePointsRepresentation
         * @description What `GET /restorePoints/{ID}/vmRestorePoints` answers: references to the VM restore points of the restore point (`EntityReferences`, JSON `Refs`) without `format`,
         *     their entities (`VmRestorePoints`, JSON `VmRestorePoints`) with `format=Entity`. In XML the root element tells them
         *     apart (`EntityReferences` or `VmRestorePoints`); in JSON, which array the object holds (`Refs` or `VmRestorePoints`).
         */
        VmRestorePointsRepresentation: components["schemas"]["EntityReferences"] | components["schemas"]["VmRestorePoints"];
        /**
         * VAppRestorePoint
         * @description The restore point of one VMware Cloud Director vApp inside a restore point, as an entity. The XSD lists
         *     `VAppName` after `CreationTimeUTC`; the v13 reference's example omits it, so it is optional.
         */
        VAppRestorePoint: {
            /**
             * Format: uri
             * @description URL of this entity representation (it ends in `?format=Entity`).
             */
            Href: string;
            /**
             * @description Always `VAppRestorePoint`; the reference form of the same resource has `VAppRestorePointReference`.
             * @constant
             */
            Type: "VAppRestorePoint";
            /** @description Name of the vApp restore point: the vApp's name, `@` and the creation time in the server's locale. */
            Name: string;
            /**
             * @description Unique identifier, `urn:veeam:VAppRestorePoint:<uuid>`; the uuid is the last segment of the `Href` path.
             * @example urn:veeam:VAppRestorePoint:f920aeea-b75a-4687-88ae-09d07c83ca63
             */
            UID: string;
            /** @description Display name of the vApp. */
            VAppDisplayName?: string;
            /** @description Links to related resources, including `Rel="Alternate"` to the reference form; `null` or absent when the server sends none. */
            Links?: components["schemas"]["Link"][] | null;
            /**
             * Format: date-time
             * @description When the vApp restore point was created, in UTC.
             */
            CreationTimeUTC: string;
            /** @description Name of the vApp. */
            VAppName?: string;
            /**
             * @description Backup method that created the point. Listed in EM's order, which `/query` filters use to compare values.
             * @enum {string}
             */
            Algorithm: "Full" | "ReversedIncremental" | "Incremental" | "SyntheticFull";
            /**
             * @description Kind of the point in the backup chain. Listed in EM's order, which `/query` filters use to compare values.
             * @enum {string}
             */
            PointType: "Full" | "Increment" | "ReverseIncrement";
            /** @description Reference to the vApp in the virtual infrastructure (`urn:vCloud:Vapp:<id>.urn:vcloud:vapp:<id>`). */
            HierarchyObjRef: string;
        };
        /**
         * VAppRestorePoints
         * @description A list of vApp restore point entities, the `?format=Entity` answer of a collection. In XML the entities are repeated
         *     `VAppRestorePoint` children of the root element `VAppRestorePoints`; in JSON they are the array `VAppRestorePoints` and the root element's
         *     name does not appear (JSON names come from the server's .NET model, see spec/README.md). An empty list is `[]` or `null` in JSON.
         */
        VAppRestorePoints: {
            /** @description The entities, in the server's order. */
            VAppRestorePoints: components["schemas"]["VAppRestorePoint"][] | null;
        };
        /**
         * VAppRestorePointsRepresentation
         * @description What `GET /restorePoints/{ID}/vAppRestorePoints` answers: references to the vApp restore points of the restore point (`EntityReferences`, JSON `Refs`) without `format`,
         *     their entities (`VAppRestorePoints`, JSON `VAppRestorePoints`) with `format=Entity`. In XML the root element tells them
         *     apart (`EntityReferences` or `VAppRestorePoints`); in JSON, which array the object holds (`Refs` or `VAppRestorePoints`).
         */
        VAppRestorePointsRepresentation: components["schemas"]["EntityReferences"] | components["schemas"]["VAppRestorePoints"];
        /**
         * BackupFile
         * @description A file of a backup (`.vbk` full, `.vib` increment, `.vrb` reverse increment), as an entity
         *     (`GET /backupFiles/{ID}?format=Entity`).
         */
        BackupFile: {
            /**
             * Format: uri
             * @description URL of this entity representation (it ends in `?format=Entity`).
             */
            Href: string;
            /**
             * @description Always `BackupFile`; the reference form of the same resource has `BackupFileReference`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            Type: "BackupFile";
            /** @description File name of the backup file (`WindowsFileLevelRestoreFromCatalogD2019-01-17T172104_8A1C.vbk`). */
            Name: string;
            /**
             * @description Unique identifier, `urn:veeam:BackupFile:<uuid>`; the uuid is the last segment of the `Href` path.
             * @example urn:veeam:BackupFile:5b1e3f0a-2c7d-4e8f-a9b0-c1d2e3f4a5b6
             */
            UID: string;
            /** @description Links to related resources, including `Rel="Alternate"` to the reference form; `null` or absent when the server sends none. */
            Links?: components["schemas"]["Link"][] | null;
            /** @description Full path of the file on its repository. */
            FilePath: string;
            /**
             * Format: int64
             * @description Size of the file, in bytes.
             */
            BackupSize: number;
            /**
             * Format: int64
             * @description Size of the backed-up data, in bytes.
             */
            DataSize: number;
            /**
             * Format: double
             * @description Deduplication ratio (0 when not computed).
             */
            DeduplicationRatio?: number;
            /**
             * Format: double
             * @description Compression ratio.
             */
            CompressRatio?: number;
            /**
             * Format: date-time
             * @description When the file was created, in UTC. Note the spelling: `Utc`, unlike `CreationTimeUTC` of restore points.
             */
            CreationTimeUtc: string;
            /**
             * @description Kind of file: `vbk` full, `vib` increment, `vrb` reverse increment. Listed in EM's order, which `/query` filters use to compare values.
             * @enum {string}
             */
            FileType: "vbk" | "vib" | "vrb";
        };
        /**
         * BackupFiles
         * @description A list of backup file entities, the `?format=Entity` answer of a collection. In XML the entities are repeated
         *     `BackupFile` children of the root element `BackupFiles`; in JSON they are the array `BackupFiles` and the root element's
         *     name does not appear (JSON names come from the server's .NET model, see spec/README.md). An empty list is `[]` or `null` in JSON.
         */
        BackupFiles: {
            /** @description The entities, in the server's order. */
            BackupFiles: components["schemas"]["BackupFile"][] | null;
        };
        /**
         * BackupFilesRepresentation
         * @description What `GET /restorePoints/{ID}/backupFiles` answers: references to the backup files of the restore point (`EntityReferences`, JSON `Refs`) without `format`,
         *     their entities (`BackupFiles`, JSON `BackupFiles`) with `format=Entity`. In XML the root element tells them
         *     apart (`EntityReferences` or `BackupFiles`); in JSON, which array the object holds (`Refs` or `BackupFiles`).
         */
        BackupFilesRepresentation: components["schemas"]["EntityReferences"] | components["schemas"]["BackupFiles"];
        /**
         * VmRestorePointReference
         * @description The reference to one VM restore point: what `GET /vmRestorePoints/{ID}` answers without `format=Entity`. XML root element
         *     `EntityRef` (EM's element for every single reference), attributes as a `Ref`; in JSON the root element's name
         *     does not appear. The schema is named after its `Type`, as links name what they lead to: a link of type
         *     `VmRestorePointReference` leads here, and its `Alternate` link leads to the entity `VmRestorePoint`.
         */
        VmRestorePointReference: {
            /** @description Unique identifier of the VM restore point, `urn:veeam:VmRestorePoint:<uuid>`. */
            UID: string;
            /** @description Display name of the VM restore point, kept byte for byte. */
            Name: string;
            /**
             * Format: uri
             * @description URL of this reference (without `format`).
             */
            Href: string;
            /**
             * @description Always `VmRestorePointReference`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            Type: "VmRestorePointReference";
            /** @description Links to related resources, including `Rel="Alternate"` to the entity; `null` or absent when the server sends none. */
            Links?: components["schemas"]["Link"][] | null;
        };
        /**
         * VmRestorePointRepresentation
         * @description What `GET /vmRestorePoints/{ID}` answers: the reference `VmRestorePointReference` (XML root `EntityRef`) without `format`,
         *     the entity `VmRestorePoint` with `format=Entity`. In XML the root element tells them apart (`EntityRef` or
         *     `VmRestorePoint`); in JSON, `Type`, whose value is the name of the schema.
         */
        VmRestorePointRepresentation: components["schemas"]["VmRestorePointReference"] | components["schemas"]["VmRestorePoint"];
        /**
         * BackupFileReference
         * @description The reference to one backup file: what `GET /backupFiles/{ID}` answers without `format=Entity`. XML root element
         *     `EntityRef` (EM's element for every single reference), attributes as a `Ref`; in JSON the root element's name
         *     does not appear. The schema is named after its `Type`, as links name what they lead to: a link of type
         *     `BackupFileReference` leads here, and its `Alternate` link leads to the entity `BackupFile`.
         */
        BackupFileReference: {
            /** @description Unique identifier of the backup file, `urn:veeam:BackupFile:<uuid>`. */
            UID: string;
            /** @description Display name of the backup file, kept byte for byte. */
            Name: string;
            /**
             * Format: uri
             * @description URL of this reference (without `format`).
             */
            Href: string;
            /**
             * @description Always `BackupFileReference`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            Type: "BackupFileReference";
            /** @description Links to related resources, including `Rel="Alternate"` to the entity; `null` or absent when the server sends none. */
            Links?: components["schemas"]["Link"][] | null;
        };
        /**
         * BackupFileRepresentation
         * @description What `GET /backupFiles/{ID}` answers: the reference `BackupFileReference` (XML root `EntityRef`) without `format`,
         *     the entity `BackupFile` with `format=Entity`. In XML the root element tells them apart (`EntityRef` or
         *     `BackupFile`); in JSON, `Type`, whose value is the name of the schema.
         */
        BackupFileRepresentation: components["schemas"]["BackupFileReference"] | components["schemas"]["BackupFile"];
        /**
         * Entities
         * @description The entities of a `QueryResult` with `format=Entities`: one list, named by the query type's plural
         *     (`RestorePoints` for `type=RestorePoint`, ...). In XML, `<Entities><VmRestorePoints><VmRestorePoint .../>`;
         *     in JSON each list is an object holding its array (`json['Entities']['BackupFiles']['BackupFiles']` in
         *     public clients). JSON sends the lists of the other kinds as `null`, as EM's .NET model does for every absent nested list
         *     (see spec/README.md): treat `null` as absent.
         */
        Entities: {
            Backups?: components["schemas"]["Backups"] | null;
            RestorePoints?: components["schemas"]["RestorePoints"] | null;
            VmRestorePoints?: components["schemas"]["VmRestorePoints"] | null;
            VAppRestorePoints?: components["schemas"]["VAppRestorePoints"] | null;
            BackupServers?: components["schemas"]["BackupServers"] | null;
            BackupFiles?: components["schemas"]["BackupFiles"] | null;
        };
        /**
         * PagingInfo
         * @description Where a page of a `QueryResult` sits: its number, size and the number of pages, with links to the other
         *     pages (`Rel` `First`, `Previous`, `Next`, `Last`; the v13 reference shows `First`, `Next` and `Last`, a link
         *     is present only where that page exists). Follow `Next` until it is absent to read every page; never compute
         *     the last page from a default size. In XML the three numbers are attributes.
         */
        PagingInfo: {
            /** @description Links to the first, previous, next and last pages, with the same query and another `page`. */
            Links?: components["schemas"]["Link"][] | null;
            /**
             * Format: int32
             * @description Number of this page, from 1.
             */
            PageNum: number;
            /**
             * Format: int32
             * @description Items per page: the `pageSize` of the query; without one, the reference says every result comes on one
             *     page, but servers have been seen answering `PageSize="100"` with links to further pages.
             */
            PageSize: number;
            /**
             * Format: int32
             * @description Number of pages of the whole result (0 or 1 when it is empty).
             */
            PagesCount: number;
        };
        /**
         * QueryResult
         * @description One page of the answer of `GET /query`. Without `format` it holds `Refs` (references, like
         *     `EntityReferences`); with `format=Entities` it holds `Entities` (the entity list of the query type). Then
         *     `PagingInfo` says which page this is and links to the others.
         *
         *     JSON differs from XML here: `Refs` is an object that holds the array `Refs` (`json['Refs']['Refs']` in public
         *     clients), and `Entities` holds one object per list (`json['Entities']['VmRestorePoints']['VmRestorePoints']`).
         *     The XSD allows exactly one of `Refs` and `Entities`; JSON sends the other as `null`.
         */
        QueryResult: {
            /** @description The references (without `format`); `null` in JSON when the page holds entities. */
            Refs?: components["schemas"]["EntityReferences"] | null;
            /** @description The entities (with `format=Entities`); `null` in JSON when the page holds references. */
            Entities?: components["schemas"]["Entities"] | null;
            /** @description Links of the result itself, when the server sends any. */
            Links?: components["schemas"]["Link"][] | null;
            PagingInfo: components["schemas"]["PagingInfo"];
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
        /** @description No resource has the given `ID`, or nothing answers at this path. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The query is refused: a filter EM cannot parse, an unknown query type, or a field the type does not have. */
        QueryBadRequest: {
            headers: {
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
         * @description The media type of the answer: `application/xml` or `application/json`. No Accept header (or `*\/*`)
         *     means XML. Media type parameters such as `charset` are allowed.
         */
        Accept: string;
        /**
         * @description The `SessionId` of the logon session (not the `X-RestSvcSessionId` token).
         * @example 15a3fc97-0325-4119-b789-5c0367c6c565
         */
        LogonSessionID: string;
        /**
         * @description Which representation to answer. Without it EM answers references: `<Entity>Reference` (XML root
         *     `EntityRef`) for a single resource,
         *     `EntityReferences` for a collection. `Entity` asks for the entity itself (`RestorePoint`, `Backup`, ...) or,
         *     on a collection, for the list of entities (`Backups`, `VmRestorePoints`, ...). Links with `Rel="Alternate"`
         *     carry it already (`.../restorePoints/{ID}?format=Entity`).
         * @example Entity
         */
        Format: "Entity";
        /**
         * @description Identifier of the backup server (a UUID, the last segment of its `Href` path and of its `UID`).
         * @example 4ad6fa62-9164-4ea0-87c8-1e2d071d60de
         */
        BackupServerID: string;
        /**
         * @description Identifier of the backup (a UUID, the last segment of the backup's `Href`).
         * @example 7b6a400c-452c-41d1-bb81-ea682e89492d
         */
        BackupID: string;
        /**
         * @description Identifier of the restore point (a UUID, the last segment of its `Href` path and of its `UID`).
         * @example ec940768-5428-41af-b9b6-afad2aefe9d6
         */
        RestorePointID: string;
        /**
         * @description Identifier of the VM restore point (a UUID, the last segment of its `Href` path and of its `UID`).
         * @example 3c7d1f2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f
         */
        VmRestorePointID: string;
        /**
         * @description Identifier of the backup file (a UUID, the last segment of its `Href` path and of its `UID`).
         * @example 5b1e3f0a-2c7d-4e8f-a9b0-c1d2e3f4a5b6
         */
        BackupFileID: string;
        /**
         * @description The kind of resource to query. EM knows about fifty query types (`Job`, `BackupJobSession`,
         *     `BackupTaskSession`, `AgentBackupJob`, ...); this spec describes the ones whose entities it describes.
         *     EM matches the name without regard to case (`type=backupServer` works); send it as listed. An unknown type
         *     answers 400.
         * @example VmRestorePoint
         */
        QueryType: "RestorePoint" | "VmRestorePoint" | "VAppRestorePoint" | "Backup" | "BackupServer" | "BackupFile";
        /**
         * @description Without it the page holds references (`Refs`); `Entities` asks for the entities themselves (`Entities`, with
         *     the list named by the query type's plural). EM matches it without regard to case (the reference writes both
         *     `format=Entities` and `format=entities`).
         * @example Entities
         */
        QueryFormat: "Entities";
        /**
         * @description Which items to answer: a logical expression over the queryable fields of the query type.
         *
         *     **Grammar** (EM's query syntax):
         *
         *         filter     = or
         *         or         = and *( "," and )              ; "," is OR
         *         and        = term *( ";" term )            ; ";" is AND
         *         term       = comparison / "(" or ")"       ; parentheses group
         *         comparison = field operator value
         *         field      = ALPHA *( ALPHA / DIGIT / "_" )
         *         operator   = "==" / "!=" / "<" / "<=" / ">" / ">="
         *         value      = word / quoted
         *         word       = 1*( ALPHA / DIGIT / "_" )
         *         quoted     = DQUOTE *( %x20-21 / %x23-7E / %x80-10FFFF / DQUOTE DQUOTE ) DQUOTE   ; a quote inside is doubled
         *
         *     - The reference does not say whether `;` binds tighter than `,` (it does in FIQL, which this syntax follows):
         *       group with parentheses when you mix them.
         *     - No spaces around operators, `;`, `,` or parentheses: a space belongs inside a quoted value only.
         *     - Field names, the query type and the values of enumerated fields are matched without regard to case (the
         *       reference's own examples write `jobtype==backup;platform==hyperv`).
         *     - Text compares without regard to case in the mock, as EM's SQL Server database does with its default
         *       collation; don't rely on case either way.
         *     - A value with anything but letters, digits and `_` (spaces, the `:` of a UID, dates) must be quoted:
         *       `BackupName=="Backup Job 5"`, `BackupUid=="urn:veeam:Backup:7b6a400c-452c-41d1-bb81-ea682e89492d"`.
         *       Unquoted, EM drops the spaces. A quote inside a quoted value is doubled: the name `"Backup" 1` is
         *       written `Name=="""Backup"" 1"`. Numbers with a point or a sign are quoted too: `CompressRatio>"1.5"`.
         *     - Dates are UTC in ISO 8601 with `Z`, quoted: `CreationTime>="2025-06-14T00:00:00Z"`.
         *     - Enumerated fields compare by their position in EM's list of values (below, in order): for
         *       `Algorithm`, `Full` < `ReversedIncremental` < `Incremental` < `SyntheticFull`.
         *     - Percent-encode the filter in the URL (`"` as `%22`, `;` as `%3B`, space as `%20`).
         *     - A filter EM cannot parse, an unknown field or a value of the wrong kind answers 400 with an `Error`.
         *
         *     **Queryable fields** (they sort too), per query type, from each type's "Optional Parameters" table in the
         *     reference; `x-em-query-fields` of this parameter lists them for programs. There `x-em-property` says where a
         *     field's value is in the entity: a property of the entity itself (`BackupDateUTC`), or `<Type>/<property>` of
         *     the entity of that type it belongs to (its `Rel="Up"` link, e.g. `Backup/Name`). A field without one is not in
         *     the entity (the mock holds no value for it, so only `!=` matches):
         *
         *     - `RestorePoint`: `UID`, `Name`, `CreationTime` (date), `BackupUid`, `BackupName`, `BackupServerUid`, `BackupServerName`.
         *     - `VmRestorePoint`: `UID`, `Name`, `CreationTime` (date), `Type` (`Full`, `Increment`, `ReverseIncrement`),
         *       `Algorithm` (`Full`, `ReversedIncremental`, `Incremental`, `SyntheticFull`), `RestorePointId`, `RestorePointName`,
         *       `VmDisplayName`, `BackupServerUid`, `BackupServerName`.
         *     - `VAppRestorePoint`: `UID`, `Name`, `CreationTime` (date), `Type`, `Algorithm` (as above), `RestorePointId`,
         *       `VAppDisplayName`, `BackupServerUid`, `BackupServerName`.
         *     - `Backup`: `UID`, `Name`, `JobUid`, `JobName`, `RepositoryUid`, `RepositoryName`, `Platform` (`VMware`, `HyperV`,
         *       `vCloud`, `AgentForLinux`, `AgentForWindows`, `CustomPlatform`), `BackupType` (`Standard`, `ParentBackup`, `ChildBackup`).
         *     - `BackupServer`: `UID`, `Name`, `Description`, `IpOrDnsName`, `Port` (integer), `Version`.
         *     - `BackupFile`: `UID`, `Name`, `CreationTimeUTC` (date), `BackupSize`, `DataSize` (integers), `CompressRatio` (number),
         *       `FileType` (`vbk`, `vib`, `vrb`), `BackupUid`, `BackupName`, `BackupServerUid`, `BackupServerName`.
         */
        QueryFilter: string;
        /**
         * @description Sort the items by this queryable field (see `filter` for the fields of each type), smallest first. Field
         *     names are matched without regard to case. Use either `sortAsc` or `sortDesc`.
         * @example Name
         */
        SortAsc: string;
        /**
         * @description Sort the items by this queryable field (see `filter` for the fields of each type), largest first:
         *     `sortDesc=CreationTime` gives the newest restore points first. Use either `sortAsc` or `sortDesc`.
         * @example CreationTime
         */
        SortDesc: string;
        /**
         * @description Items per page, greater than 0. The reference says that without it every result comes on one page, but
         *     servers have answered `PageSize="100"` with links to further pages: always send it, and follow the `Next`
         *     link of `PagingInfo` rather than rely on a default.
         * @example 1000
         */
        PageSize: number;
        /**
         * @description Number of the page to answer, from 1 (with `pageSize`). Past the last page the answer holds no items (the reference does not say; clients stop at the last `Next` link).
         * @example 1
         */
        Page: number;
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
    getEnterpriseManager: {
        parameters: {
            query?: never;
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
            /** @description The entry point of the REST API. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Type": components["headers"]["ContentType"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["EnterpriseManager"];
                    "application/json": components["schemas"]["EnterpriseManager"];
                };
            };
            400: components["responses"]["BadRequest"];
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
    listLogonSessions: {
        parameters: {
            query?: never;
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
            /** @description The logon sessions. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Type": components["headers"]["ContentType"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["LogonSessions"];
                    "application/json": components["schemas"]["LogonSessions"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getLogonSession: {
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
                 * @description The `SessionId` of the logon session (not the `X-RestSvcSessionId` token).
                 * @example 15a3fc97-0325-4119-b789-5c0367c6c565
                 */
                ID: components["parameters"]["LogonSessionID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The logon session. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Type": components["headers"]["ContentType"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["LogonSession"];
                    "application/json": components["schemas"]["LogonSession"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
                 * @description The `SessionId` of the logon session (not the `X-RestSvcSessionId` token).
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
    listBackupServers: {
        parameters: {
            query?: {
                /**
                 * @description Which representation to answer. Without it EM answers references: `<Entity>Reference` (XML root
                 *     `EntityRef`) for a single resource,
                 *     `EntityReferences` for a collection. `Entity` asks for the entity itself (`RestorePoint`, `Backup`, ...) or,
                 *     on a collection, for the list of entities (`Backups`, `VmRestorePoints`, ...). Links with `Rel="Alternate"`
                 *     carry it already (`.../restorePoints/{ID}?format=Entity`).
                 * @example Entity
                 */
                format?: components["parameters"]["Format"];
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
            /** @description The backup servers, as references or as entities. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Type": components["headers"]["ContentType"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["BackupServersRepresentation"];
                    "application/json": components["schemas"]["BackupServersRepresentation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getBackupServer: {
        parameters: {
            query?: {
                /**
                 * @description Which representation to answer. Without it EM answers references: `<Entity>Reference` (XML root
                 *     `EntityRef`) for a single resource,
                 *     `EntityReferences` for a collection. `Entity` asks for the entity itself (`RestorePoint`, `Backup`, ...) or,
                 *     on a collection, for the list of entities (`Backups`, `VmRestorePoints`, ...). Links with `Rel="Alternate"`
                 *     carry it already (`.../restorePoints/{ID}?format=Entity`).
                 * @example Entity
                 */
                format?: components["parameters"]["Format"];
            };
            header?: {
                /**
                 * @description The media type of the answer: `application/xml` or `application/json`. No Accept header (or `*\/*`)
                 *     means XML. Media type parameters such as `charset` are allowed.
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /**
                 * @description Identifier of the backup server (a UUID, the last segment of its `Href` path and of its `UID`).
                 * @example 4ad6fa62-9164-4ea0-87c8-1e2d071d60de
                 */
                ID: components["parameters"]["BackupServerID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup server, as a reference or as an entity. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Type": components["headers"]["ContentType"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["BackupServerRepresentation"];
                    "application/json": components["schemas"]["BackupServerRepresentation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listBackups: {
        parameters: {
            query?: {
                /**
                 * @description Which representation to answer. Without it EM answers references: `<Entity>Reference` (XML root
                 *     `EntityRef`) for a single resource,
                 *     `EntityReferences` for a collection. `Entity` asks for the entity itself (`RestorePoint`, `Backup`, ...) or,
                 *     on a collection, for the list of entities (`Backups`, `VmRestorePoints`, ...). Links with `Rel="Alternate"`
                 *     carry it already (`.../restorePoints/{ID}?format=Entity`).
                 * @example Entity
                 */
                format?: components["parameters"]["Format"];
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
            /** @description The backups, as references or as entities. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Type": components["headers"]["ContentType"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["BackupsRepresentation"];
                    "application/json": components["schemas"]["BackupsRepresentation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getBackup: {
        parameters: {
            query?: {
                /**
                 * @description Which representation to answer. Without it EM answers references: `<Entity>Reference` (XML root
                 *     `EntityRef`) for a single resource,
                 *     `EntityReferences` for a collection. `Entity` asks for the entity itself (`RestorePoint`, `Backup`, ...) or,
                 *     on a collection, for the list of entities (`Backups`, `VmRestorePoints`, ...). Links with `Rel="Alternate"`
                 *     carry it already (`.../restorePoints/{ID}?format=Entity`).
                 * @example Entity
                 */
                format?: components["parameters"]["Format"];
            };
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
            /** @description The backup, as a reference or as an entity. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Type": components["headers"]["ContentType"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["BackupRepresentation"];
                    "application/json": components["schemas"]["BackupRepresentation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
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
    listAllRestorePoints: {
        parameters: {
            query?: {
                /**
                 * @description Which representation to answer. Without it EM answers references: `<Entity>Reference` (XML root
                 *     `EntityRef`) for a single resource,
                 *     `EntityReferences` for a collection. `Entity` asks for the entity itself (`RestorePoint`, `Backup`, ...) or,
                 *     on a collection, for the list of entities (`Backups`, `VmRestorePoints`, ...). Links with `Rel="Alternate"`
                 *     carry it already (`.../restorePoints/{ID}?format=Entity`).
                 * @example Entity
                 */
                format?: components["parameters"]["Format"];
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
            /** @description The restore points, as references or as entities. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Type": components["headers"]["ContentType"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["RestorePointsRepresentation"];
                    "application/json": components["schemas"]["RestorePointsRepresentation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRestorePoint: {
        parameters: {
            query?: {
                /**
                 * @description Which representation to answer. Without it EM answers references: `<Entity>Reference` (XML root
                 *     `EntityRef`) for a single resource,
                 *     `EntityReferences` for a collection. `Entity` asks for the entity itself (`RestorePoint`, `Backup`, ...) or,
                 *     on a collection, for the list of entities (`Backups`, `VmRestorePoints`, ...). Links with `Rel="Alternate"`
                 *     carry it already (`.../restorePoints/{ID}?format=Entity`).
                 * @example Entity
                 */
                format?: components["parameters"]["Format"];
            };
            header?: {
                /**
                 * @description The media type of the answer: `application/xml` or `application/json`. No Accept header (or `*\/*`)
                 *     means XML. Media type parameters such as `charset` are allowed.
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /**
                 * @description Identifier of the restore point (a UUID, the last segment of its `Href` path and of its `UID`).
                 * @example ec940768-5428-41af-b9b6-afad2aefe9d6
                 */
                ID: components["parameters"]["RestorePointID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restore point, as a reference or as an entity. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Type": components["headers"]["ContentType"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["RestorePointRepresentation"];
                    "application/json": components["schemas"]["RestorePointRepresentation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listRestorePointVmRestorePoints: {
        parameters: {
            query?: {
                /**
                 * @description Which representation to answer. Without it EM answers references: `<Entity>Reference` (XML root
                 *     `EntityRef`) for a single resource,
                 *     `EntityReferences` for a collection. `Entity` asks for the entity itself (`RestorePoint`, `Backup`, ...) or,
                 *     on a collection, for the list of entities (`Backups`, `VmRestorePoints`, ...). Links with `Rel="Alternate"`
                 *     carry it already (`.../restorePoints/{ID}?format=Entity`).
                 * @example Entity
                 */
                format?: components["parameters"]["Format"];
            };
            header?: {
                /**
                 * @description The media type of the answer: `application/xml` or `application/json`. No Accept header (or `*\/*`)
                 *     means XML. Media type parameters such as `charset` are allowed.
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /**
                 * @description Identifier of the restore point (a UUID, the last segment of its `Href` path and of its `UID`).
                 * @example ec940768-5428-41af-b9b6-afad2aefe9d6
                 */
                ID: components["parameters"]["RestorePointID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VM restore points, as references or as entities. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Type": components["headers"]["ContentType"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["VmRestorePointsRepresentation"];
                    "application/json": components["schemas"]["VmRestorePointsRepresentation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listRestorePointVAppRestorePoints: {
        parameters: {
            query?: {
                /**
                 * @description Which representation to answer. Without it EM answers references: `<Entity>Reference` (XML root
                 *     `EntityRef`) for a single resource,
                 *     `EntityReferences` for a collection. `Entity` asks for the entity itself (`RestorePoint`, `Backup`, ...) or,
                 *     on a collection, for the list of entities (`Backups`, `VmRestorePoints`, ...). Links with `Rel="Alternate"`
                 *     carry it already (`.../restorePoints/{ID}?format=Entity`).
                 * @example Entity
                 */
                format?: components["parameters"]["Format"];
            };
            header?: {
                /**
                 * @description The media type of the answer: `application/xml` or `application/json`. No Accept header (or `*\/*`)
                 *     means XML. Media type parameters such as `charset` are allowed.
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /**
                 * @description Identifier of the restore point (a UUID, the last segment of its `Href` path and of its `UID`).
                 * @example ec940768-5428-41af-b9b6-afad2aefe9d6
                 */
                ID: components["parameters"]["RestorePointID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The vApp restore points, as references or as entities. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Type": components["headers"]["ContentType"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["VAppRestorePointsRepresentation"];
                    "application/json": components["schemas"]["VAppRestorePointsRepresentation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listRestorePointBackupFiles: {
        parameters: {
            query?: {
                /**
                 * @description Which representation to answer. Without it EM answers references: `<Entity>Reference` (XML root
                 *     `EntityRef`) for a single resource,
                 *     `EntityReferences` for a collection. `Entity` asks for the entity itself (`RestorePoint`, `Backup`, ...) or,
                 *     on a collection, for the list of entities (`Backups`, `VmRestorePoints`, ...). Links with `Rel="Alternate"`
                 *     carry it already (`.../restorePoints/{ID}?format=Entity`).
                 * @example Entity
                 */
                format?: components["parameters"]["Format"];
            };
            header?: {
                /**
                 * @description The media type of the answer: `application/xml` or `application/json`. No Accept header (or `*\/*`)
                 *     means XML. Media type parameters such as `charset` are allowed.
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /**
                 * @description Identifier of the restore point (a UUID, the last segment of its `Href` path and of its `UID`).
                 * @example ec940768-5428-41af-b9b6-afad2aefe9d6
                 */
                ID: components["parameters"]["RestorePointID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup files, as references or as entities. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Type": components["headers"]["ContentType"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["BackupFilesRepresentation"];
                    "application/json": components["schemas"]["BackupFilesRepresentation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getVmRestorePoint: {
        parameters: {
            query?: {
                /**
                 * @description Which representation to answer. Without it EM answers references: `<Entity>Reference` (XML root
                 *     `EntityRef`) for a single resource,
                 *     `EntityReferences` for a collection. `Entity` asks for the entity itself (`RestorePoint`, `Backup`, ...) or,
                 *     on a collection, for the list of entities (`Backups`, `VmRestorePoints`, ...). Links with `Rel="Alternate"`
                 *     carry it already (`.../restorePoints/{ID}?format=Entity`).
                 * @example Entity
                 */
                format?: components["parameters"]["Format"];
            };
            header?: {
                /**
                 * @description The media type of the answer: `application/xml` or `application/json`. No Accept header (or `*\/*`)
                 *     means XML. Media type parameters such as `charset` are allowed.
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /**
                 * @description Identifier of the VM restore point (a UUID, the last segment of its `Href` path and of its `UID`).
                 * @example 3c7d1f2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f
                 */
                ID: components["parameters"]["VmRestorePointID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VM restore point, as a reference or as an entity. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Type": components["headers"]["ContentType"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["VmRestorePointRepresentation"];
                    "application/json": components["schemas"]["VmRestorePointRepresentation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getBackupFile: {
        parameters: {
            query?: {
                /**
                 * @description Which representation to answer. Without it EM answers references: `<Entity>Reference` (XML root
                 *     `EntityRef`) for a single resource,
                 *     `EntityReferences` for a collection. `Entity` asks for the entity itself (`RestorePoint`, `Backup`, ...) or,
                 *     on a collection, for the list of entities (`Backups`, `VmRestorePoints`, ...). Links with `Rel="Alternate"`
                 *     carry it already (`.../restorePoints/{ID}?format=Entity`).
                 * @example Entity
                 */
                format?: components["parameters"]["Format"];
            };
            header?: {
                /**
                 * @description The media type of the answer: `application/xml` or `application/json`. No Accept header (or `*\/*`)
                 *     means XML. Media type parameters such as `charset` are allowed.
                 */
                Accept?: components["parameters"]["Accept"];
            };
            path: {
                /**
                 * @description Identifier of the backup file (a UUID, the last segment of its `Href` path and of its `UID`).
                 * @example 5b1e3f0a-2c7d-4e8f-a9b0-c1d2e3f4a5b6
                 */
                ID: components["parameters"]["BackupFileID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup file, as a reference or as an entity. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Type": components["headers"]["ContentType"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["BackupFileRepresentation"];
                    "application/json": components["schemas"]["BackupFileRepresentation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    query: {
        parameters: {
            query: {
                /**
                 * @description The kind of resource to query. EM knows about fifty query types (`Job`, `BackupJobSession`,
                 *     `BackupTaskSession`, `AgentBackupJob`, ...); this spec describes the ones whose entities it describes.
                 *     EM matches the name without regard to case (`type=backupServer` works); send it as listed. An unknown type
                 *     answers 400.
                 * @example VmRestorePoint
                 */
                type: components["parameters"]["QueryType"];
                /**
                 * @description Without it the page holds references (`Refs`); `Entities` asks for the entities themselves (`Entities`, with
                 *     the list named by the query type's plural). EM matches it without regard to case (the reference writes both
                 *     `format=Entities` and `format=entities`).
                 * @example Entities
                 */
                format?: components["parameters"]["QueryFormat"];
                /**
                 * @description Which items to answer: a logical expression over the queryable fields of the query type.
                 *
                 *     **Grammar** (EM's query syntax):
                 *
                 *         filter     = or
                 *         or         = and *( "," and )              ; "," is OR
                 *         and        = term *( ";" term )            ; ";" is AND
                 *         term       = comparison / "(" or ")"       ; parentheses group
                 *         comparison = field operator value
                 *         field      = ALPHA *( ALPHA / DIGIT / "_" )
                 *         operator   = "==" / "!=" / "<" / "<=" / ">" / ">="
                 *         value      = word / quoted
                 *         word       = 1*( ALPHA / DIGIT / "_" )
                 *         quoted     = DQUOTE *( %x20-21 / %x23-7E / %x80-10FFFF / DQUOTE DQUOTE ) DQUOTE   ; a quote inside is doubled
                 *
                 *     - The reference does not say whether `;` binds tighter than `,` (it does in FIQL, which this syntax follows):
                 *       group with parentheses when you mix them.
                 *     - No spaces around operators, `;`, `,` or parentheses: a space belongs inside a quoted value only.
                 *     - Field names, the query type and the values of enumerated fields are matched without regard to case (the
                 *       reference's own examples write `jobtype==backup;platform==hyperv`).
                 *     - Text compares without regard to case in the mock, as EM's SQL Server database does with its default
                 *       collation; don't rely on case either way.
                 *     - A value with anything but letters, digits and `_` (spaces, the `:` of a UID, dates) must be quoted:
                 *       `BackupName=="Backup Job 5"`, `BackupUid=="urn:veeam:Backup:7b6a400c-452c-41d1-bb81-ea682e89492d"`.
                 *       Unquoted, EM drops the spaces. A quote inside a quoted value is doubled: the name `"Backup" 1` is
                 *       written `Name=="""Backup"" 1"`. Numbers with a point or a sign are quoted too: `CompressRatio>"1.5"`.
                 *     - Dates are UTC in ISO 8601 with `Z`, quoted: `CreationTime>="2025-06-14T00:00:00Z"`.
                 *     - Enumerated fields compare by their position in EM's list of values (below, in order): for
                 *       `Algorithm`, `Full` < `ReversedIncremental` < `Incremental` < `SyntheticFull`.
                 *     - Percent-encode the filter in the URL (`"` as `%22`, `;` as `%3B`, space as `%20`).
                 *     - A filter EM cannot parse, an unknown field or a value of the wrong kind answers 400 with an `Error`.
                 *
                 *     **Queryable fields** (they sort too), per query type, from each type's "Optional Parameters" table in the
                 *     reference; `x-em-query-fields` of this parameter lists them for programs. There `x-em-property` says where a
                 *     field's value is in the entity: a property of the entity itself (`BackupDateUTC`), or `<Type>/<property>` of
                 *     the entity of that type it belongs to (its `Rel="Up"` link, e.g. `Backup/Name`). A field without one is not in
                 *     the entity (the mock holds no value for it, so only `!=` matches):
                 *
                 *     - `RestorePoint`: `UID`, `Name`, `CreationTime` (date), `BackupUid`, `BackupName`, `BackupServerUid`, `BackupServerName`.
                 *     - `VmRestorePoint`: `UID`, `Name`, `CreationTime` (date), `Type` (`Full`, `Increment`, `ReverseIncrement`),
                 *       `Algorithm` (`Full`, `ReversedIncremental`, `Incremental`, `SyntheticFull`), `RestorePointId`, `RestorePointName`,
                 *       `VmDisplayName`, `BackupServerUid`, `BackupServerName`.
                 *     - `VAppRestorePoint`: `UID`, `Name`, `CreationTime` (date), `Type`, `Algorithm` (as above), `RestorePointId`,
                 *       `VAppDisplayName`, `BackupServerUid`, `BackupServerName`.
                 *     - `Backup`: `UID`, `Name`, `JobUid`, `JobName`, `RepositoryUid`, `RepositoryName`, `Platform` (`VMware`, `HyperV`,
                 *       `vCloud`, `AgentForLinux`, `AgentForWindows`, `CustomPlatform`), `BackupType` (`Standard`, `ParentBackup`, `ChildBackup`).
                 *     - `BackupServer`: `UID`, `Name`, `Description`, `IpOrDnsName`, `Port` (integer), `Version`.
                 *     - `BackupFile`: `UID`, `Name`, `CreationTimeUTC` (date), `BackupSize`, `DataSize` (integers), `CompressRatio` (number),
                 *       `FileType` (`vbk`, `vib`, `vrb`), `BackupUid`, `BackupName`, `BackupServerUid`, `BackupServerName`.
                 */
                filter?: components["parameters"]["QueryFilter"];
                /**
                 * @description Sort the items by this queryable field (see `filter` for the fields of each type), smallest first. Field
                 *     names are matched without regard to case. Use either `sortAsc` or `sortDesc`.
                 * @example Name
                 */
                sortAsc?: components["parameters"]["SortAsc"];
                /**
                 * @description Sort the items by this queryable field (see `filter` for the fields of each type), largest first:
                 *     `sortDesc=CreationTime` gives the newest restore points first. Use either `sortAsc` or `sortDesc`.
                 * @example CreationTime
                 */
                sortDesc?: components["parameters"]["SortDesc"];
                /**
                 * @description Items per page, greater than 0. The reference says that without it every result comes on one page, but
                 *     servers have answered `PageSize="100"` with links to further pages: always send it, and follow the `Next`
                 *     link of `PagingInfo` rather than rely on a default.
                 * @example 1000
                 */
                pageSize?: components["parameters"]["PageSize"];
                /**
                 * @description Number of the page to answer, from 1 (with `pageSize`). Past the last page the answer holds no items (the reference does not say; clients stop at the last `Next` link).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
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
            /** @description One page of the result, as references or as entities. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Type": components["headers"]["ContentType"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["QueryResult"];
                    "application/json": components["schemas"]["QueryResult"];
                };
            };
            400: components["responses"]["QueryBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
