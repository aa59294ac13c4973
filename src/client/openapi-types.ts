// Generated from openapi.json by openapi-typescript: never edit by hand, run `npm run client:types`.
export interface paths {
    "/api/v2/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in; fields as JSON, a form body or query parameters */
        post: {
            parameters: {
                query?: {
                    /**
                     * @description 登录名(手机号或邮箱)/ Login: a phone number or an e-mail address
                     * @example 13800000000
                     */
                    login?: string;
                    /**
                     * @description 密码 / Password
                     * @example correct-horse-1
                     */
                    password?: string;
                    /**
                     * @description 设备类型,须为已接受的值 / Device kind, one of the accepted values
                     * @example open_api
                     */
                    device?: string;
                    /**
                     * @description 客户端版本号 / Client version code
                     * @example 9.9.9
                     */
                    version_code?: string;
                    /**
                     * @description 企业代码(同一登录名属于多个企业时必填)/ Organization code (needed when a login belongs to several)
                     * @example demo
                     */
                    corp_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                user_token: string;
                                user_id: number;
                                corp_id: string;
                                organization_id: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100400` 用户名或密码错误 / Wrong login or password
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100400 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "login_failed" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke the token used for this call */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: Record<string, never>;
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's session: user, organization and when the token lapses if unused */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                user_id: number;
                                organization_id: number;
                                corp_id: string;
                                expires_at: string;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        /** The caller's session: user, organization and when the token lapses if unused */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                user_id: number;
                                organization_id: number;
                                corp_id: string;
                                expires_at: string;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/revisit_logs/new_index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 跟进列表 — follow-ups, newest first, filtered and paged */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 时间段:today、week、month、quarter、year、all、other(配合 start_date/end_date)等 / Period preset (other: start_date/end_date)
                     * @example month
                     */
                    date?: string | string[];
                    /**
                     * @description 开始日期(date=other)/ Start date (with date=other), YYYY-MM-DD
                     * @example 2026-12-01
                     */
                    start_date?: string | string[];
                    /**
                     * @description 结束日期(含当天)/ End date (inclusive), YYYY-MM-DD
                     * @example 2026-12-31
                     */
                    end_date?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 是否包含子部门(1/0)/ Include sub-departments (1/0)
                     * @example 1
                     */
                    include_sub_departments?: string | string[];
                    /**
                     * @description 跟进对象类型:lead、customer、opportunity、contract、contact / Type of the followed-up record
                     * @example customer
                     */
                    loggable_type?: string | string[];
                    /**
                     * @description 跟进对象 id(与 loggable_type 一起)/ Id of the followed-up record (with loggable_type)
                     * @example 1
                     */
                    loggable_id?: string | string[];
                    /**
                     * @description 只看 @我 的跟进(1/0)/ Only follow-ups mentioning me (1/0)
                     * @example 1
                     */
                    at_me?: string | string[];
                    /**
                     * @description 关键词(内容与对象名称)/ Keywords (content and record name)
                     * @example 报价
                     */
                    q?: string | string[];
                    /**
                     * @description 跟进类型选项 id / Follow-up category option id
                     * @example 1
                     */
                    category?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                revisit_logs: ({
                                    id: number;
                                    content: string;
                                    loggable_type: "Lead" | "Customer" | "Opportunity" | "Contract" | "Contact";
                                    loggable_id: number;
                                    loggable: {
                                        id: number;
                                        name: string;
                                        title: string;
                                        approve_status: string;
                                    };
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    real_revisit_at: string;
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    created_at: string;
                                    attachment_files: {
                                        id: number;
                                        file_url: string;
                                        origin_url: string;
                                        public_url: string;
                                        name: string;
                                        file_file_name: string;
                                        file_content_type: string;
                                        file_file_size: number;
                                        attachmentable_id: number | null;
                                        attachmentable_type: string | null;
                                        upload_time: string;
                                        note: string;
                                        sub_type: string;
                                        wx_media_id: null;
                                        preview_url: string;
                                        download_url: string;
                                        file_type: "image" | "audio" | "file";
                                    }[];
                                    category_display: string;
                                    category_i18n: string;
                                    /** @description category option id as a numeric string, "" when none */
                                    category: string;
                                    image_attachments: {
                                        id: number;
                                        file_url: string;
                                        origin_url: string;
                                        public_url: string;
                                        name: string;
                                        file_file_name: string;
                                        file_content_type: string;
                                        file_file_size: number;
                                        attachmentable_id: number | null;
                                        attachmentable_type: string | null;
                                        upload_time: string;
                                        note: string;
                                        sub_type: string;
                                        wx_media_id: null;
                                        preview_url: string;
                                        download_url: string;
                                        file_type: "image" | "audio" | "file";
                                    }[];
                                    audios: {
                                        id: number;
                                        file_url: string;
                                        origin_url: string;
                                        public_url: string;
                                        name: string;
                                        file_file_name: string;
                                        file_content_type: string;
                                        file_file_size: number;
                                        attachmentable_id: number | null;
                                        attachmentable_type: string | null;
                                        upload_time: string;
                                        note: string;
                                        sub_type: string;
                                        wx_media_id: null;
                                        preview_url: string;
                                        download_url: string;
                                        file_type: "image" | "audio" | "file";
                                    }[];
                                    address: Record<string, never> | {
                                        detail_address: string;
                                        lat: number | null;
                                        lng: number | null;
                                    };
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    timestamp: string;
                                    refer_type_display: string;
                                    refer_name: string;
                                    title: string;
                                    /** @description MM月DD日 HH:mm, "" when none */
                                    remind_at: string;
                                    is_remind_expired: boolean;
                                    /** @description YYYY-MM-DD HH:mm, "" when none */
                                    raw_remind_at: string;
                                    event_url: string;
                                    event_identifier: string;
                                    at_users: {
                                        id: number;
                                        user_id: number;
                                        name: string;
                                        third_userid: string | null;
                                    }[];
                                    user: {
                                        id: number;
                                        email: string;
                                        /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                        created_at: string;
                                        name: string;
                                        organization_id: number;
                                        phone: string;
                                        role_id: number;
                                        workflow_state: string;
                                        job: string;
                                        tel: string;
                                        avatar_url: string;
                                        department_name: string;
                                        third_userid: string | null;
                                        third_dept_id: string | null;
                                        uid: number;
                                    };
                                    sales_activity_id: number;
                                    comments_count: number;
                                    /** @description the latest comments (comments_count counts them all) */
                                    comments: {
                                        id: number;
                                        content: string;
                                        user_id: number;
                                        user_name: string;
                                        /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                        created_at: string;
                                    }[];
                                    contacts: {
                                        id: number;
                                        name: string;
                                        phone: string;
                                    }[];
                                    activity_type: string;
                                    activity_type_display: string;
                                    is_draft: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/revisit_logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 跟进列表 (older path, same as new_index) */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 时间段:today、week、month、quarter、year、all、other(配合 start_date/end_date)等 / Period preset (other: start_date/end_date)
                     * @example month
                     */
                    date?: string | string[];
                    /**
                     * @description 开始日期(date=other)/ Start date (with date=other), YYYY-MM-DD
                     * @example 2026-12-01
                     */
                    start_date?: string | string[];
                    /**
                     * @description 结束日期(含当天)/ End date (inclusive), YYYY-MM-DD
                     * @example 2026-12-31
                     */
                    end_date?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 是否包含子部门(1/0)/ Include sub-departments (1/0)
                     * @example 1
                     */
                    include_sub_departments?: string | string[];
                    /**
                     * @description 跟进对象类型:lead、customer、opportunity、contract、contact / Type of the followed-up record
                     * @example customer
                     */
                    loggable_type?: string | string[];
                    /**
                     * @description 跟进对象 id(与 loggable_type 一起)/ Id of the followed-up record (with loggable_type)
                     * @example 1
                     */
                    loggable_id?: string | string[];
                    /**
                     * @description 只看 @我 的跟进(1/0)/ Only follow-ups mentioning me (1/0)
                     * @example 1
                     */
                    at_me?: string | string[];
                    /**
                     * @description 关键词(内容与对象名称)/ Keywords (content and record name)
                     * @example 报价
                     */
                    q?: string | string[];
                    /**
                     * @description 跟进类型选项 id / Follow-up category option id
                     * @example 1
                     */
                    category?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                revisit_logs: ({
                                    id: number;
                                    content: string;
                                    loggable_type: "Lead" | "Customer" | "Opportunity" | "Contract" | "Contact";
                                    loggable_id: number;
                                    loggable: {
                                        id: number;
                                        name: string;
                                        title: string;
                                        approve_status: string;
                                    };
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    real_revisit_at: string;
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    created_at: string;
                                    attachment_files: {
                                        id: number;
                                        file_url: string;
                                        origin_url: string;
                                        public_url: string;
                                        name: string;
                                        file_file_name: string;
                                        file_content_type: string;
                                        file_file_size: number;
                                        attachmentable_id: number | null;
                                        attachmentable_type: string | null;
                                        upload_time: string;
                                        note: string;
                                        sub_type: string;
                                        wx_media_id: null;
                                        preview_url: string;
                                        download_url: string;
                                        file_type: "image" | "audio" | "file";
                                    }[];
                                    category_display: string;
                                    category_i18n: string;
                                    /** @description category option id as a numeric string, "" when none */
                                    category: string;
                                    image_attachments: {
                                        id: number;
                                        file_url: string;
                                        origin_url: string;
                                        public_url: string;
                                        name: string;
                                        file_file_name: string;
                                        file_content_type: string;
                                        file_file_size: number;
                                        attachmentable_id: number | null;
                                        attachmentable_type: string | null;
                                        upload_time: string;
                                        note: string;
                                        sub_type: string;
                                        wx_media_id: null;
                                        preview_url: string;
                                        download_url: string;
                                        file_type: "image" | "audio" | "file";
                                    }[];
                                    audios: {
                                        id: number;
                                        file_url: string;
                                        origin_url: string;
                                        public_url: string;
                                        name: string;
                                        file_file_name: string;
                                        file_content_type: string;
                                        file_file_size: number;
                                        attachmentable_id: number | null;
                                        attachmentable_type: string | null;
                                        upload_time: string;
                                        note: string;
                                        sub_type: string;
                                        wx_media_id: null;
                                        preview_url: string;
                                        download_url: string;
                                        file_type: "image" | "audio" | "file";
                                    }[];
                                    address: Record<string, never> | {
                                        detail_address: string;
                                        lat: number | null;
                                        lng: number | null;
                                    };
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    timestamp: string;
                                    refer_type_display: string;
                                    refer_name: string;
                                    title: string;
                                    /** @description MM月DD日 HH:mm, "" when none */
                                    remind_at: string;
                                    is_remind_expired: boolean;
                                    /** @description YYYY-MM-DD HH:mm, "" when none */
                                    raw_remind_at: string;
                                    event_url: string;
                                    event_identifier: string;
                                    at_users: {
                                        id: number;
                                        user_id: number;
                                        name: string;
                                        third_userid: string | null;
                                    }[];
                                    user: {
                                        id: number;
                                        email: string;
                                        /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                        created_at: string;
                                        name: string;
                                        organization_id: number;
                                        phone: string;
                                        role_id: number;
                                        workflow_state: string;
                                        job: string;
                                        tel: string;
                                        avatar_url: string;
                                        department_name: string;
                                        third_userid: string | null;
                                        third_dept_id: string | null;
                                        uid: number;
                                    };
                                    sales_activity_id: number;
                                    comments_count: number;
                                    /** @description the latest comments (comments_count counts them all) */
                                    comments: {
                                        id: number;
                                        content: string;
                                        user_id: number;
                                        user_name: string;
                                        /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                        created_at: string;
                                    }[];
                                    contacts: {
                                        id: number;
                                        name: string;
                                        phone: string;
                                    }[];
                                    activity_type: string;
                                    activity_type_display: string;
                                    is_draft: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建跟进 — create a follow-up */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description revisit_log[...] fields, at_user_ids[], contacts_ids[], attachment_ids[], attachment_file_ids[], audio_ids[] */
            requestBody: {
                content: {
                    "application/json": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                content: string;
                                loggable_type: "Lead" | "Customer" | "Opportunity" | "Contract" | "Contact";
                                loggable_id: number;
                                loggable: {
                                    id: number;
                                    name: string;
                                    title: string;
                                    approve_status: string;
                                };
                                /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                real_revisit_at: string;
                                /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                created_at: string;
                                attachment_files: {
                                    id: number;
                                    file_url: string;
                                    origin_url: string;
                                    public_url: string;
                                    name: string;
                                    file_file_name: string;
                                    file_content_type: string;
                                    file_file_size: number;
                                    attachmentable_id: number | null;
                                    attachmentable_type: string | null;
                                    upload_time: string;
                                    note: string;
                                    sub_type: string;
                                    wx_media_id: null;
                                    preview_url: string;
                                    download_url: string;
                                    file_type: "image" | "audio" | "file";
                                }[];
                                category_display: string;
                                category_i18n: string;
                                /** @description category option id as a numeric string, "" when none */
                                category: string;
                                image_attachments: {
                                    id: number;
                                    file_url: string;
                                    origin_url: string;
                                    public_url: string;
                                    name: string;
                                    file_file_name: string;
                                    file_content_type: string;
                                    file_file_size: number;
                                    attachmentable_id: number | null;
                                    attachmentable_type: string | null;
                                    upload_time: string;
                                    note: string;
                                    sub_type: string;
                                    wx_media_id: null;
                                    preview_url: string;
                                    download_url: string;
                                    file_type: "image" | "audio" | "file";
                                }[];
                                audios: {
                                    id: number;
                                    file_url: string;
                                    origin_url: string;
                                    public_url: string;
                                    name: string;
                                    file_file_name: string;
                                    file_content_type: string;
                                    file_file_size: number;
                                    attachmentable_id: number | null;
                                    attachmentable_type: string | null;
                                    upload_time: string;
                                    note: string;
                                    sub_type: string;
                                    wx_media_id: null;
                                    preview_url: string;
                                    download_url: string;
                                    file_type: "image" | "audio" | "file";
                                }[];
                                address: Record<string, never> | {
                                    detail_address: string;
                                    lat: number | null;
                                    lng: number | null;
                                };
                                /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                timestamp: string;
                                refer_type_display: string;
                                refer_name: string;
                                title: string;
                                /** @description MM月DD日 HH:mm, "" when none */
                                remind_at: string;
                                is_remind_expired: boolean;
                                /** @description YYYY-MM-DD HH:mm, "" when none */
                                raw_remind_at: string;
                                event_url: string;
                                event_identifier: string;
                                at_users: {
                                    id: number;
                                    user_id: number;
                                    name: string;
                                    third_userid: string | null;
                                }[];
                                user: {
                                    id: number;
                                    email: string;
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    created_at: string;
                                    name: string;
                                    organization_id: number;
                                    phone: string;
                                    role_id: number;
                                    workflow_state: string;
                                    job: string;
                                    tel: string;
                                    avatar_url: string;
                                    department_name: string;
                                    third_userid: string | null;
                                    third_dept_id: string | null;
                                    uid: number;
                                };
                                sales_activity_id: number;
                                comments_count: number;
                                /** @description the latest comments (comments_count counts them all) */
                                comments: {
                                    id: number;
                                    content: string;
                                    user_id: number;
                                    user_name: string;
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    created_at: string;
                                }[];
                                contacts: {
                                    id: number;
                                    name: string;
                                    phone: string;
                                }[];
                                activity_type: string;
                                activity_type_display: string;
                                is_draft: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100409` 数据冲突 / Conflict
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100409 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "conflict" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/revisit_logs/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 跟进统计 — follow-ups counted per group */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 时间段:today、week、month、quarter、year、all、other(配合 start_date/end_date)等 / Period preset (other: start_date/end_date)
                     * @example month
                     */
                    date?: string | string[];
                    /**
                     * @description 开始日期(date=other)/ Start date (with date=other), YYYY-MM-DD
                     * @example 2026-12-01
                     */
                    start_date?: string | string[];
                    /**
                     * @description 结束日期(含当天)/ End date (inclusive), YYYY-MM-DD
                     * @example 2026-12-31
                     */
                    end_date?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 是否包含子部门(1/0)/ Include sub-departments (1/0)
                     * @example 1
                     */
                    include_sub_departments?: string | string[];
                    /**
                     * @description 跟进对象类型:lead、customer、opportunity、contract、contact / Type of the followed-up record
                     * @example customer
                     */
                    loggable_type?: string | string[];
                    /**
                     * @description 跟进对象 id(与 loggable_type 一起)/ Id of the followed-up record (with loggable_type)
                     * @example 1
                     */
                    loggable_id?: string | string[];
                    /**
                     * @description 只看 @我 的跟进(1/0)/ Only follow-ups mentioning me (1/0)
                     * @example 1
                     */
                    at_me?: string | string[];
                    /**
                     * @description 关键词(内容与对象名称)/ Keywords (content and record name)
                     * @example 报价
                     */
                    q?: string | string[];
                    /**
                     * @description 跟进类型选项 id / Follow-up category option id
                     * @example 1
                     */
                    category?: string | string[];
                    /**
                     * @description 分组:user、department、day、week、month、category、loggable_type / Group by
                     * @example user
                     */
                    group_by?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                groups: {
                                    /** @description user/department/category id, YYYY-MM-DD (day, week by its Monday), YYYY-MM, or the loggable type */
                                    key: string;
                                    name: string;
                                    count: number;
                                    /** @description distinct entities followed up in the group */
                                    entities: number;
                                }[];
                                total: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/revisit_logs/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出跟进 — every matching follow-up as CSV or XLSX, streamed */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 时间段:today、week、month、quarter、year、all、other(配合 start_date/end_date)等 / Period preset (other: start_date/end_date)
                     * @example month
                     */
                    date?: string | string[];
                    /**
                     * @description 开始日期(date=other)/ Start date (with date=other), YYYY-MM-DD
                     * @example 2026-12-01
                     */
                    start_date?: string | string[];
                    /**
                     * @description 结束日期(含当天)/ End date (inclusive), YYYY-MM-DD
                     * @example 2026-12-31
                     */
                    end_date?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 是否包含子部门(1/0)/ Include sub-departments (1/0)
                     * @example 1
                     */
                    include_sub_departments?: string | string[];
                    /**
                     * @description 跟进对象类型:lead、customer、opportunity、contract、contact / Type of the followed-up record
                     * @example customer
                     */
                    loggable_type?: string | string[];
                    /**
                     * @description 跟进对象 id(与 loggable_type 一起)/ Id of the followed-up record (with loggable_type)
                     * @example 1
                     */
                    loggable_id?: string | string[];
                    /**
                     * @description 只看 @我 的跟进(1/0)/ Only follow-ups mentioning me (1/0)
                     * @example 1
                     */
                    at_me?: string | string[];
                    /**
                     * @description 关键词(内容与对象名称)/ Keywords (content and record name)
                     * @example 报价
                     */
                    q?: string | string[];
                    /**
                     * @description 跟进类型选项 id / Follow-up category option id
                     * @example 1
                     */
                    category?: string | string[];
                    /**
                     * @description 文件格式:csv 或 xlsx / File format: csv or xlsx
                     * @example csv
                     */
                    format?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the matching follow-ups as a file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/revisit_logs/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Change feed — every follow-up change in commit order, after an opaque cursor */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 变更流游标(上次的 next_cursor;首次不传)/ Change feed cursor (the last next_cursor; omit at first)
                     * @example WzEsMCwwLCIiXQ
                     */
                    cursor?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                changes: {
                                    change_id: number;
                                    action: "created" | "updated" | "deleted";
                                    /** @description the follow-up id */
                                    id: number;
                                    /** @description YYYY-MM-DD HH:mm:ss in the organization time zone */
                                    changed_at: string;
                                    revisit_log: ({
                                        id: number;
                                        content: string;
                                        loggable_type: "Lead" | "Customer" | "Opportunity" | "Contract" | "Contact";
                                        loggable_id: number;
                                        loggable: {
                                            id: number;
                                            name: string;
                                            title: string;
                                            approve_status: string;
                                        };
                                        /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                        real_revisit_at: string;
                                        /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                        created_at: string;
                                        attachment_files: {
                                            id: number;
                                            file_url: string;
                                            origin_url: string;
                                            public_url: string;
                                            name: string;
                                            file_file_name: string;
                                            file_content_type: string;
                                            file_file_size: number;
                                            attachmentable_id: number | null;
                                            attachmentable_type: string | null;
                                            upload_time: string;
                                            note: string;
                                            sub_type: string;
                                            wx_media_id: null;
                                            preview_url: string;
                                            download_url: string;
                                            file_type: "image" | "audio" | "file";
                                        }[];
                                        category_display: string;
                                        category_i18n: string;
                                        /** @description category option id as a numeric string, "" when none */
                                        category: string;
                                        image_attachments: {
                                            id: number;
                                            file_url: string;
                                            origin_url: string;
                                            public_url: string;
                                            name: string;
                                            file_file_name: string;
                                            file_content_type: string;
                                            file_file_size: number;
                                            attachmentable_id: number | null;
                                            attachmentable_type: string | null;
                                            upload_time: string;
                                            note: string;
                                            sub_type: string;
                                            wx_media_id: null;
                                            preview_url: string;
                                            download_url: string;
                                            file_type: "image" | "audio" | "file";
                                        }[];
                                        audios: {
                                            id: number;
                                            file_url: string;
                                            origin_url: string;
                                            public_url: string;
                                            name: string;
                                            file_file_name: string;
                                            file_content_type: string;
                                            file_file_size: number;
                                            attachmentable_id: number | null;
                                            attachmentable_type: string | null;
                                            upload_time: string;
                                            note: string;
                                            sub_type: string;
                                            wx_media_id: null;
                                            preview_url: string;
                                            download_url: string;
                                            file_type: "image" | "audio" | "file";
                                        }[];
                                        address: Record<string, never> | {
                                            detail_address: string;
                                            lat: number | null;
                                            lng: number | null;
                                        };
                                        /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                        timestamp: string;
                                        refer_type_display: string;
                                        refer_name: string;
                                        title: string;
                                        /** @description MM月DD日 HH:mm, "" when none */
                                        remind_at: string;
                                        is_remind_expired: boolean;
                                        /** @description YYYY-MM-DD HH:mm, "" when none */
                                        raw_remind_at: string;
                                        event_url: string;
                                        event_identifier: string;
                                        at_users: {
                                            id: number;
                                            user_id: number;
                                            name: string;
                                            third_userid: string | null;
                                        }[];
                                        user: {
                                            id: number;
                                            email: string;
                                            /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                            created_at: string;
                                            name: string;
                                            organization_id: number;
                                            phone: string;
                                            role_id: number;
                                            workflow_state: string;
                                            job: string;
                                            tel: string;
                                            avatar_url: string;
                                            department_name: string;
                                            third_userid: string | null;
                                            third_dept_id: string | null;
                                            uid: number;
                                        };
                                        sales_activity_id: number;
                                        comments_count: number;
                                        /** @description the latest comments (comments_count counts them all) */
                                        comments: {
                                            id: number;
                                            content: string;
                                            user_id: number;
                                            user_name: string;
                                            /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                            created_at: string;
                                        }[];
                                        contacts: {
                                            id: number;
                                            name: string;
                                            phone: string;
                                        }[];
                                        activity_type: string;
                                        activity_type_display: string;
                                        is_draft: number;
                                    } & {
                                        [key: string]: unknown;
                                    }) | null;
                                }[];
                                next_cursor: string;
                                has_more: boolean;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload one file (multipart field `file`, optional `sub_type` image|file|audio) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                file_url: string;
                                origin_url: string;
                                public_url: string;
                                name: string;
                                file_file_name: string;
                                file_content_type: string;
                                file_file_size: number;
                                attachmentable_id: number | null;
                                attachmentable_type: string | null;
                                upload_time: string;
                                note: string;
                                sub_type: string;
                                wx_media_id: null;
                                preview_url: string;
                                download_url: string;
                                file_type: "image" | "audio" | "file";
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One attachment with freshly signed links */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                file_url: string;
                                origin_url: string;
                                public_url: string;
                                name: string;
                                file_file_name: string;
                                file_content_type: string;
                                file_file_size: number;
                                attachmentable_id: number | null;
                                attachmentable_type: string | null;
                                upload_time: string;
                                note: string;
                                sub_type: string;
                                wx_media_id: null;
                                preview_url: string;
                                download_url: string;
                                file_type: "image" | "audio" | "file";
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/revisit_logs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 跟进详情 — one follow-up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                content: string;
                                loggable_type: "Lead" | "Customer" | "Opportunity" | "Contract" | "Contact";
                                loggable_id: number;
                                loggable: {
                                    id: number;
                                    name: string;
                                    title: string;
                                    approve_status: string;
                                };
                                /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                real_revisit_at: string;
                                /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                created_at: string;
                                attachment_files: {
                                    id: number;
                                    file_url: string;
                                    origin_url: string;
                                    public_url: string;
                                    name: string;
                                    file_file_name: string;
                                    file_content_type: string;
                                    file_file_size: number;
                                    attachmentable_id: number | null;
                                    attachmentable_type: string | null;
                                    upload_time: string;
                                    note: string;
                                    sub_type: string;
                                    wx_media_id: null;
                                    preview_url: string;
                                    download_url: string;
                                    file_type: "image" | "audio" | "file";
                                }[];
                                category_display: string;
                                category_i18n: string;
                                /** @description category option id as a numeric string, "" when none */
                                category: string;
                                image_attachments: {
                                    id: number;
                                    file_url: string;
                                    origin_url: string;
                                    public_url: string;
                                    name: string;
                                    file_file_name: string;
                                    file_content_type: string;
                                    file_file_size: number;
                                    attachmentable_id: number | null;
                                    attachmentable_type: string | null;
                                    upload_time: string;
                                    note: string;
                                    sub_type: string;
                                    wx_media_id: null;
                                    preview_url: string;
                                    download_url: string;
                                    file_type: "image" | "audio" | "file";
                                }[];
                                audios: {
                                    id: number;
                                    file_url: string;
                                    origin_url: string;
                                    public_url: string;
                                    name: string;
                                    file_file_name: string;
                                    file_content_type: string;
                                    file_file_size: number;
                                    attachmentable_id: number | null;
                                    attachmentable_type: string | null;
                                    upload_time: string;
                                    note: string;
                                    sub_type: string;
                                    wx_media_id: null;
                                    preview_url: string;
                                    download_url: string;
                                    file_type: "image" | "audio" | "file";
                                }[];
                                address: Record<string, never> | {
                                    detail_address: string;
                                    lat: number | null;
                                    lng: number | null;
                                };
                                /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                timestamp: string;
                                refer_type_display: string;
                                refer_name: string;
                                title: string;
                                /** @description MM月DD日 HH:mm, "" when none */
                                remind_at: string;
                                is_remind_expired: boolean;
                                /** @description YYYY-MM-DD HH:mm, "" when none */
                                raw_remind_at: string;
                                event_url: string;
                                event_identifier: string;
                                at_users: {
                                    id: number;
                                    user_id: number;
                                    name: string;
                                    third_userid: string | null;
                                }[];
                                user: {
                                    id: number;
                                    email: string;
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    created_at: string;
                                    name: string;
                                    organization_id: number;
                                    phone: string;
                                    role_id: number;
                                    workflow_state: string;
                                    job: string;
                                    tel: string;
                                    avatar_url: string;
                                    department_name: string;
                                    third_userid: string | null;
                                    third_dept_id: string | null;
                                    uid: number;
                                };
                                sales_activity_id: number;
                                comments_count: number;
                                /** @description the latest comments (comments_count counts them all) */
                                comments: {
                                    id: number;
                                    content: string;
                                    user_id: number;
                                    user_name: string;
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    created_at: string;
                                }[];
                                contacts: {
                                    id: number;
                                    name: string;
                                    phone: string;
                                }[];
                                activity_type: string;
                                activity_type_display: string;
                                is_draft: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        /** 编辑跟进 — update a follow-up */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            /** @description revisit_log[...] fields, at_user_ids[], contacts_ids[], attachment_ids[], attachment_file_ids[], audio_ids[] */
            requestBody: {
                content: {
                    "application/json": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                content: string;
                                loggable_type: "Lead" | "Customer" | "Opportunity" | "Contract" | "Contact";
                                loggable_id: number;
                                loggable: {
                                    id: number;
                                    name: string;
                                    title: string;
                                    approve_status: string;
                                };
                                /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                real_revisit_at: string;
                                /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                created_at: string;
                                attachment_files: {
                                    id: number;
                                    file_url: string;
                                    origin_url: string;
                                    public_url: string;
                                    name: string;
                                    file_file_name: string;
                                    file_content_type: string;
                                    file_file_size: number;
                                    attachmentable_id: number | null;
                                    attachmentable_type: string | null;
                                    upload_time: string;
                                    note: string;
                                    sub_type: string;
                                    wx_media_id: null;
                                    preview_url: string;
                                    download_url: string;
                                    file_type: "image" | "audio" | "file";
                                }[];
                                category_display: string;
                                category_i18n: string;
                                /** @description category option id as a numeric string, "" when none */
                                category: string;
                                image_attachments: {
                                    id: number;
                                    file_url: string;
                                    origin_url: string;
                                    public_url: string;
                                    name: string;
                                    file_file_name: string;
                                    file_content_type: string;
                                    file_file_size: number;
                                    attachmentable_id: number | null;
                                    attachmentable_type: string | null;
                                    upload_time: string;
                                    note: string;
                                    sub_type: string;
                                    wx_media_id: null;
                                    preview_url: string;
                                    download_url: string;
                                    file_type: "image" | "audio" | "file";
                                }[];
                                audios: {
                                    id: number;
                                    file_url: string;
                                    origin_url: string;
                                    public_url: string;
                                    name: string;
                                    file_file_name: string;
                                    file_content_type: string;
                                    file_file_size: number;
                                    attachmentable_id: number | null;
                                    attachmentable_type: string | null;
                                    upload_time: string;
                                    note: string;
                                    sub_type: string;
                                    wx_media_id: null;
                                    preview_url: string;
                                    download_url: string;
                                    file_type: "image" | "audio" | "file";
                                }[];
                                address: Record<string, never> | {
                                    detail_address: string;
                                    lat: number | null;
                                    lng: number | null;
                                };
                                /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                timestamp: string;
                                refer_type_display: string;
                                refer_name: string;
                                title: string;
                                /** @description MM月DD日 HH:mm, "" when none */
                                remind_at: string;
                                is_remind_expired: boolean;
                                /** @description YYYY-MM-DD HH:mm, "" when none */
                                raw_remind_at: string;
                                event_url: string;
                                event_identifier: string;
                                at_users: {
                                    id: number;
                                    user_id: number;
                                    name: string;
                                    third_userid: string | null;
                                }[];
                                user: {
                                    id: number;
                                    email: string;
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    created_at: string;
                                    name: string;
                                    organization_id: number;
                                    phone: string;
                                    role_id: number;
                                    workflow_state: string;
                                    job: string;
                                    tel: string;
                                    avatar_url: string;
                                    department_name: string;
                                    third_userid: string | null;
                                    third_dept_id: string | null;
                                    uid: number;
                                };
                                sales_activity_id: number;
                                comments_count: number;
                                /** @description the latest comments (comments_count counts them all) */
                                comments: {
                                    id: number;
                                    content: string;
                                    user_id: number;
                                    user_name: string;
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    created_at: string;
                                }[];
                                contacts: {
                                    id: number;
                                    name: string;
                                    phone: string;
                                }[];
                                activity_type: string;
                                activity_type_display: string;
                                is_draft: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        /** 编辑跟进 (POST form of the update) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            /** @description revisit_log[...] fields, at_user_ids[], contacts_ids[], attachment_ids[], attachment_file_ids[], audio_ids[] */
            requestBody: {
                content: {
                    "application/json": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                content: string;
                                loggable_type: "Lead" | "Customer" | "Opportunity" | "Contract" | "Contact";
                                loggable_id: number;
                                loggable: {
                                    id: number;
                                    name: string;
                                    title: string;
                                    approve_status: string;
                                };
                                /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                real_revisit_at: string;
                                /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                created_at: string;
                                attachment_files: {
                                    id: number;
                                    file_url: string;
                                    origin_url: string;
                                    public_url: string;
                                    name: string;
                                    file_file_name: string;
                                    file_content_type: string;
                                    file_file_size: number;
                                    attachmentable_id: number | null;
                                    attachmentable_type: string | null;
                                    upload_time: string;
                                    note: string;
                                    sub_type: string;
                                    wx_media_id: null;
                                    preview_url: string;
                                    download_url: string;
                                    file_type: "image" | "audio" | "file";
                                }[];
                                category_display: string;
                                category_i18n: string;
                                /** @description category option id as a numeric string, "" when none */
                                category: string;
                                image_attachments: {
                                    id: number;
                                    file_url: string;
                                    origin_url: string;
                                    public_url: string;
                                    name: string;
                                    file_file_name: string;
                                    file_content_type: string;
                                    file_file_size: number;
                                    attachmentable_id: number | null;
                                    attachmentable_type: string | null;
                                    upload_time: string;
                                    note: string;
                                    sub_type: string;
                                    wx_media_id: null;
                                    preview_url: string;
                                    download_url: string;
                                    file_type: "image" | "audio" | "file";
                                }[];
                                audios: {
                                    id: number;
                                    file_url: string;
                                    origin_url: string;
                                    public_url: string;
                                    name: string;
                                    file_file_name: string;
                                    file_content_type: string;
                                    file_file_size: number;
                                    attachmentable_id: number | null;
                                    attachmentable_type: string | null;
                                    upload_time: string;
                                    note: string;
                                    sub_type: string;
                                    wx_media_id: null;
                                    preview_url: string;
                                    download_url: string;
                                    file_type: "image" | "audio" | "file";
                                }[];
                                address: Record<string, never> | {
                                    detail_address: string;
                                    lat: number | null;
                                    lng: number | null;
                                };
                                /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                timestamp: string;
                                refer_type_display: string;
                                refer_name: string;
                                title: string;
                                /** @description MM月DD日 HH:mm, "" when none */
                                remind_at: string;
                                is_remind_expired: boolean;
                                /** @description YYYY-MM-DD HH:mm, "" when none */
                                raw_remind_at: string;
                                event_url: string;
                                event_identifier: string;
                                at_users: {
                                    id: number;
                                    user_id: number;
                                    name: string;
                                    third_userid: string | null;
                                }[];
                                user: {
                                    id: number;
                                    email: string;
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    created_at: string;
                                    name: string;
                                    organization_id: number;
                                    phone: string;
                                    role_id: number;
                                    workflow_state: string;
                                    job: string;
                                    tel: string;
                                    avatar_url: string;
                                    department_name: string;
                                    third_userid: string | null;
                                    third_dept_id: string | null;
                                    uid: number;
                                };
                                sales_activity_id: number;
                                comments_count: number;
                                /** @description the latest comments (comments_count counts them all) */
                                comments: {
                                    id: number;
                                    content: string;
                                    user_id: number;
                                    user_name: string;
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    created_at: string;
                                }[];
                                contacts: {
                                    id: number;
                                    name: string;
                                    phone: string;
                                }[];
                                activity_type: string;
                                activity_type_display: string;
                                is_draft: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        /** 删除跟进 — soft delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/revisit_logs/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 跟进提醒 — my follow-ups with reminders, soonest first (default: from today on) */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 时间段:today、week、month、quarter、year、all、other(配合 start_date/end_date)等 / Period preset (other: start_date/end_date)
                     * @example month
                     */
                    date?: string | string[];
                    /**
                     * @description 开始日期(date=other)/ Start date (with date=other), YYYY-MM-DD
                     * @example 2026-12-01
                     */
                    start_date?: string | string[];
                    /**
                     * @description 结束日期(含当天)/ End date (inclusive), YYYY-MM-DD
                     * @example 2026-12-31
                     */
                    end_date?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 是否包含子部门(1/0)/ Include sub-departments (1/0)
                     * @example 1
                     */
                    include_sub_departments?: string | string[];
                    /**
                     * @description 跟进对象类型:lead、customer、opportunity、contract、contact / Type of the followed-up record
                     * @example customer
                     */
                    loggable_type?: string | string[];
                    /**
                     * @description 跟进对象 id(与 loggable_type 一起)/ Id of the followed-up record (with loggable_type)
                     * @example 1
                     */
                    loggable_id?: string | string[];
                    /**
                     * @description 只看 @我 的跟进(1/0)/ Only follow-ups mentioning me (1/0)
                     * @example 1
                     */
                    at_me?: string | string[];
                    /**
                     * @description 关键词(内容与对象名称)/ Keywords (content and record name)
                     * @example 报价
                     */
                    q?: string | string[];
                    /**
                     * @description 跟进类型选项 id / Follow-up category option id
                     * @example 1
                     */
                    category?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                revisit_logs: ({
                                    id: number;
                                    content: string;
                                    loggable_type: "Lead" | "Customer" | "Opportunity" | "Contract" | "Contact";
                                    loggable_id: number;
                                    loggable: {
                                        id: number;
                                        name: string;
                                        title: string;
                                        approve_status: string;
                                    };
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    real_revisit_at: string;
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    created_at: string;
                                    attachment_files: {
                                        id: number;
                                        file_url: string;
                                        origin_url: string;
                                        public_url: string;
                                        name: string;
                                        file_file_name: string;
                                        file_content_type: string;
                                        file_file_size: number;
                                        attachmentable_id: number | null;
                                        attachmentable_type: string | null;
                                        upload_time: string;
                                        note: string;
                                        sub_type: string;
                                        wx_media_id: null;
                                        preview_url: string;
                                        download_url: string;
                                        file_type: "image" | "audio" | "file";
                                    }[];
                                    category_display: string;
                                    category_i18n: string;
                                    /** @description category option id as a numeric string, "" when none */
                                    category: string;
                                    image_attachments: {
                                        id: number;
                                        file_url: string;
                                        origin_url: string;
                                        public_url: string;
                                        name: string;
                                        file_file_name: string;
                                        file_content_type: string;
                                        file_file_size: number;
                                        attachmentable_id: number | null;
                                        attachmentable_type: string | null;
                                        upload_time: string;
                                        note: string;
                                        sub_type: string;
                                        wx_media_id: null;
                                        preview_url: string;
                                        download_url: string;
                                        file_type: "image" | "audio" | "file";
                                    }[];
                                    audios: {
                                        id: number;
                                        file_url: string;
                                        origin_url: string;
                                        public_url: string;
                                        name: string;
                                        file_file_name: string;
                                        file_content_type: string;
                                        file_file_size: number;
                                        attachmentable_id: number | null;
                                        attachmentable_type: string | null;
                                        upload_time: string;
                                        note: string;
                                        sub_type: string;
                                        wx_media_id: null;
                                        preview_url: string;
                                        download_url: string;
                                        file_type: "image" | "audio" | "file";
                                    }[];
                                    address: Record<string, never> | {
                                        detail_address: string;
                                        lat: number | null;
                                        lng: number | null;
                                    };
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    timestamp: string;
                                    refer_type_display: string;
                                    refer_name: string;
                                    title: string;
                                    /** @description MM月DD日 HH:mm, "" when none */
                                    remind_at: string;
                                    is_remind_expired: boolean;
                                    /** @description YYYY-MM-DD HH:mm, "" when none */
                                    raw_remind_at: string;
                                    event_url: string;
                                    event_identifier: string;
                                    at_users: {
                                        id: number;
                                        user_id: number;
                                        name: string;
                                        third_userid: string | null;
                                    }[];
                                    user: {
                                        id: number;
                                        email: string;
                                        /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                        created_at: string;
                                        name: string;
                                        organization_id: number;
                                        phone: string;
                                        role_id: number;
                                        workflow_state: string;
                                        job: string;
                                        tel: string;
                                        avatar_url: string;
                                        department_name: string;
                                        third_userid: string | null;
                                        third_dept_id: string | null;
                                        uid: number;
                                    };
                                    sales_activity_id: number;
                                    comments_count: number;
                                    /** @description the latest comments (comments_count counts them all) */
                                    comments: {
                                        id: number;
                                        content: string;
                                        user_id: number;
                                        user_name: string;
                                        /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                        created_at: string;
                                    }[];
                                    contacts: {
                                        id: number;
                                        name: string;
                                        phone: string;
                                    }[];
                                    activity_type: string;
                                    activity_type_display: string;
                                    is_draft: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/revisit_logs/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 跟进评论 — comments of a follow-up, newest first */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                };
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                comments: {
                                    id: number;
                                    content: string;
                                    user_id: number;
                                    user_name: string;
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    created_at: string;
                                }[];
                                total_count: number;
                                per_page: number;
                                page: number;
                                has_next_page: boolean;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        /** 发表评论 — comment on a follow-up (content or comment[content]) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            /** @description content or comment[content] */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                content: string;
                                user_id: number;
                                user_name: string;
                                /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                created_at: string;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100409` 数据冲突 / Conflict
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100409 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "conflict" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/revisit_logs/{id}/comments/{comment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除评论 — its author or an administrator of scope all */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                    /**
                     * @description 评论 id / Comment id
                     * @example 1
                     */
                    comment_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 签到列表 — check-ins, newest first: date (default today), start_date/end_date, user_id, department_id, paging */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 时间段:today、week、month、quarter、year、all、other(配合 start_date/end_date)等 / Period preset (other: start_date/end_date)
                     * @example month
                     */
                    date?: string | string[];
                    /**
                     * @description 开始日期(date=other)/ Start date (with date=other), YYYY-MM-DD
                     * @example 2026-12-01
                     */
                    start_date?: string | string[];
                    /**
                     * @description 结束日期(含当天)/ End date (inclusive), YYYY-MM-DD
                     * @example 2026-12-31
                     */
                    end_date?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 是否包含子部门(1/0)/ Include sub-departments (1/0)
                     * @example 1
                     */
                    include_sub_departments?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                checkins: {
                                    id: number;
                                    user_id: number;
                                    user: {
                                        id: number;
                                        email: string;
                                        /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                        created_at: string;
                                        name: string;
                                        organization_id: number;
                                        phone: string;
                                        role_id: number;
                                        workflow_state: string;
                                        job: string;
                                        tel: string;
                                        avatar_url: string;
                                        department_name: string;
                                        third_userid: string | null;
                                        third_dept_id: string | null;
                                        uid: number;
                                    };
                                    lat: number;
                                    lng: number;
                                    address: string;
                                    note: string;
                                    loggable_type: ("Lead" | "Customer" | "Opportunity" | "Contract" | "Contact") | null;
                                    loggable_id: number | null;
                                    loggable: {
                                        id: number;
                                        name: string;
                                        title: string;
                                        approve_status: string;
                                    } | null;
                                    revisit_log_id: number | null;
                                    image_attachments: {
                                        id: number;
                                        file_url: string;
                                        origin_url: string;
                                        public_url: string;
                                        name: string;
                                        file_file_name: string;
                                        file_content_type: string;
                                        file_file_size: number;
                                        attachmentable_id: number | null;
                                        attachmentable_type: string | null;
                                        upload_time: string;
                                        note: string;
                                        sub_type: string;
                                        wx_media_id: null;
                                        preview_url: string;
                                        download_url: string;
                                        file_type: "image" | "audio" | "file";
                                    }[];
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    created_at: string;
                                }[];
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        /** 签到 — check in (with an entity it also writes a follow-up of category 签到) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description checkin[lat], checkin[lng], checkin[address], checkin[note], checkin[loggable_type], checkin[loggable_id], attachment_ids[] */
            requestBody: {
                content: {
                    "application/json": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                user_id: number;
                                user: {
                                    id: number;
                                    email: string;
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    created_at: string;
                                    name: string;
                                    organization_id: number;
                                    phone: string;
                                    role_id: number;
                                    workflow_state: string;
                                    job: string;
                                    tel: string;
                                    avatar_url: string;
                                    department_name: string;
                                    third_userid: string | null;
                                    third_dept_id: string | null;
                                    uid: number;
                                };
                                lat: number;
                                lng: number;
                                address: string;
                                note: string;
                                loggable_type: ("Lead" | "Customer" | "Opportunity" | "Contract" | "Contact") | null;
                                loggable_id: number | null;
                                loggable: {
                                    id: number;
                                    name: string;
                                    title: string;
                                    approve_status: string;
                                } | null;
                                revisit_log_id: number | null;
                                image_attachments: {
                                    id: number;
                                    file_url: string;
                                    origin_url: string;
                                    public_url: string;
                                    name: string;
                                    file_file_name: string;
                                    file_content_type: string;
                                    file_file_size: number;
                                    attachmentable_id: number | null;
                                    attachmentable_type: string | null;
                                    upload_time: string;
                                    note: string;
                                    sub_type: string;
                                    wx_media_id: null;
                                    preview_url: string;
                                    download_url: string;
                                    file_type: "image" | "audio" | "file";
                                }[];
                                /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                created_at: string;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100409` 数据冲突 / Conflict
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100409 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "conflict" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/checkins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 签到详情 — one check-in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                user_id: number;
                                user: {
                                    id: number;
                                    email: string;
                                    /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                    created_at: string;
                                    name: string;
                                    organization_id: number;
                                    phone: string;
                                    role_id: number;
                                    workflow_state: string;
                                    job: string;
                                    tel: string;
                                    avatar_url: string;
                                    department_name: string;
                                    third_userid: string | null;
                                    third_dept_id: string | null;
                                    uid: number;
                                };
                                lat: number;
                                lng: number;
                                address: string;
                                note: string;
                                loggable_type: ("Lead" | "Customer" | "Opportunity" | "Contract" | "Contact") | null;
                                loggable_id: number | null;
                                loggable: {
                                    id: number;
                                    name: string;
                                    title: string;
                                    approve_status: string;
                                } | null;
                                revisit_log_id: number | null;
                                image_attachments: {
                                    id: number;
                                    file_url: string;
                                    origin_url: string;
                                    public_url: string;
                                    name: string;
                                    file_file_name: string;
                                    file_content_type: string;
                                    file_file_size: number;
                                    attachmentable_id: number | null;
                                    attachmentable_type: string | null;
                                    upload_time: string;
                                    note: string;
                                    sub_type: string;
                                    wx_media_id: null;
                                    preview_url: string;
                                    download_url: string;
                                    file_type: "image" | "audio" | "file";
                                }[];
                                /** @description YYYY-MM-DD HH:mm in the organization time zone */
                                created_at: string;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/user/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users of the organization, paged (department_id includes sub-departments) */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 排序字段 / Sort field
                     * @example updated_at
                     */
                    sort?: string | string[];
                    /**
                     * @description 排序方向:asc 或 desc / Sort direction: asc or desc
                     * @example desc
                     */
                    order?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 名称(by_name 为精确匹配,其余为包含)/ Name: exact for by_name, contained elsewhere
                     * @example 张三
                     */
                    name?: string | string[];
                    /**
                     * @description 电话(包含)/ Phone number (contained)
                     * @example 13800000000
                     */
                    phone?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                users: {
                                    id: number;
                                    email: string | null;
                                    created_at: string;
                                    name: string;
                                    organization_id: number;
                                    phone: string | null;
                                    role_id: number;
                                    workflow_state: string;
                                    job: string | null;
                                    tel: string | null;
                                    gender: string | null;
                                    role: string;
                                    role_json: {
                                        id: number;
                                        name: string;
                                        entity_grant_scope: string;
                                    };
                                    department_id: number;
                                    department_name: string;
                                    avatar_url: string | null;
                                    superior_id: number | null;
                                    superior_name: string | null;
                                    organization_name: string;
                                    uid: number | null;
                                    disabled: boolean;
                                }[];
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/user/simple_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enabled users as {value,label}; at the top level (where clients read it) and under data; department_id (with sub-departments), user_id, name; paged with page/per_page */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 排序字段 / Sort field
                     * @example updated_at
                     */
                    sort?: string | string[];
                    /**
                     * @description 排序方向:asc 或 desc / Sort direction: asc or desc
                     * @example desc
                     */
                    order?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 名称(by_name 为精确匹配,其余为包含)/ Name: exact for by_name, contained elsewhere
                     * @example 张三
                     */
                    name?: string | string[];
                    /**
                     * @description 电话(包含)/ Phone number (contained)
                     * @example 13800000000
                     */
                    phone?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                simple_users: {
                                    value: string;
                                    label: string;
                                }[];
                                total_count?: number;
                                has_next_page?: boolean;
                                per_page?: number;
                                page?: number;
                            };
                            simple_users: {
                                value: string;
                                label: string;
                            }[];
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/user/department_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The department tree as options, with levels, paths and user counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                options: {
                                    id: number;
                                    name: string;
                                    level: number;
                                    parent_id: number | null;
                                    can_use: boolean;
                                    path: string;
                                    /** @description enabled users directly in this department */
                                    users_count: number;
                                    /** @description enabled users in this department and every one below it */
                                    total_users_count: number;
                                }[];
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/user/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                email: string | null;
                                created_at: string;
                                name: string;
                                organization_id: number;
                                phone: string | null;
                                role_id: number;
                                workflow_state: string;
                                job: string | null;
                                tel: string | null;
                                gender: string | null;
                                role: string;
                                role_json: {
                                    id: number;
                                    name: string;
                                    entity_grant_scope: string;
                                };
                                department_id: number;
                                department_name: string;
                                avatar_url: string | null;
                                superior_id: number | null;
                                superior_name: string | null;
                                organization_name: string;
                                uid: number | null;
                                disabled: boolean;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/user/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user of the organization */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                email: string | null;
                                created_at: string;
                                name: string;
                                organization_id: number;
                                phone: string | null;
                                role_id: number;
                                workflow_state: string;
                                job: string | null;
                                tel: string | null;
                                gender: string | null;
                                role: string;
                                role_json: {
                                    id: number;
                                    name: string;
                                    entity_grant_scope: string;
                                };
                                department_id: number;
                                department_name: string;
                                avatar_url: string | null;
                                superior_id: number | null;
                                superior_name: string | null;
                                organization_name: string;
                                uid: number | null;
                                disabled: boolean;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** leads: filters user_id, department_id (with sub-departments), updated_at range or bare day, name, status/stage/category option ids, approve_status, custom-field keys; sort/order */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 排序字段 / Sort field
                     * @example updated_at
                     */
                    sort?: string | string[];
                    /**
                     * @description 排序方向:asc 或 desc / Sort direction: asc or desc
                     * @example desc
                     */
                    order?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 更新日期:某一天,或 updated_at[from]/updated_at[to] / Updated on a day, or a from/to range
                     * @example 2026-12-01
                     */
                    updated_at?: (string | string[]) | ({
                        from?: string | string[];
                        to?: string | string[];
                    } & {
                        [key: string]: unknown;
                    });
                    /**
                     * @description 更新时间起(含)/ Updated at or after, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-01
                     */
                    updated_at_from?: string | string[];
                    /**
                     * @description 更新时间止(含)/ Updated at or before, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-31
                     */
                    updated_at_to?: string | string[];
                    /**
                     * @description 名称(by_name 为精确匹配,其余为包含)/ Name: exact for by_name, contained elsewhere
                     * @example 张三
                     */
                    name?: string | string[];
                    /**
                     * @description 标题(商机、合同)/ Title (opportunities, contracts)
                     * @example 年度合同
                     */
                    title?: string | string[];
                    /**
                     * @description 客户 id / Customer id
                     * @example 1
                     */
                    customer_id?: string | string[];
                    /**
                     * @description 审批状态:approved、draft、applying、rejected / Approval state
                     * @example approved
                     */
                    approve_status?: string | string[];
                    /**
                     * @description 电话(包含)/ Phone number (contained)
                     * @example 13800000000
                     */
                    phone?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                leads: ({
                                    id: number;
                                    name: string;
                                    user_id: number;
                                    user_name: string;
                                    approve_status: string;
                                    approve_status_i18n: string;
                                    real_revisit_at: string | null;
                                    revisit_logs_count: number;
                                    created_at: string;
                                    updated_at: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        /** create; fields nested as lead[…] or flat */
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
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/leads/by_name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** leads named exactly `name`, within your scope; a list page */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 排序字段 / Sort field
                     * @example updated_at
                     */
                    sort?: string | string[];
                    /**
                     * @description 排序方向:asc 或 desc / Sort direction: asc or desc
                     * @example desc
                     */
                    order?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 更新日期:某一天,或 updated_at[from]/updated_at[to] / Updated on a day, or a from/to range
                     * @example 2026-12-01
                     */
                    updated_at?: (string | string[]) | ({
                        from?: string | string[];
                        to?: string | string[];
                    } & {
                        [key: string]: unknown;
                    });
                    /**
                     * @description 更新时间起(含)/ Updated at or after, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-01
                     */
                    updated_at_from?: string | string[];
                    /**
                     * @description 更新时间止(含)/ Updated at or before, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-31
                     */
                    updated_at_to?: string | string[];
                    /**
                     * @description 名称(by_name 为精确匹配,其余为包含)/ Name: exact for by_name, contained elsewhere
                     * @example 张三
                     */
                    name?: string | string[];
                    /**
                     * @description 标题(商机、合同)/ Title (opportunities, contracts)
                     * @example 年度合同
                     */
                    title?: string | string[];
                    /**
                     * @description 客户 id / Customer id
                     * @example 1
                     */
                    customer_id?: string | string[];
                    /**
                     * @description 审批状态:approved、draft、applying、rejected / Approval state
                     * @example approved
                     */
                    approve_status?: string | string[];
                    /**
                     * @description 电话(包含)/ Phone number (contained)
                     * @example 13800000000
                     */
                    phone?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                leads: ({
                                    id: number;
                                    name: string;
                                    user_id: number;
                                    user_name: string;
                                    approve_status: string;
                                    approve_status_i18n: string;
                                    real_revisit_at: string | null;
                                    revisit_logs_count: number;
                                    created_at: string;
                                    updated_at: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/leads/search_duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** leads whose name or phone contains `name` / `phone`, within your scope, exact matches first */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 排序字段 / Sort field
                     * @example updated_at
                     */
                    sort?: string | string[];
                    /**
                     * @description 排序方向:asc 或 desc / Sort direction: asc or desc
                     * @example desc
                     */
                    order?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 更新日期:某一天,或 updated_at[from]/updated_at[to] / Updated on a day, or a from/to range
                     * @example 2026-12-01
                     */
                    updated_at?: (string | string[]) | ({
                        from?: string | string[];
                        to?: string | string[];
                    } & {
                        [key: string]: unknown;
                    });
                    /**
                     * @description 更新时间起(含)/ Updated at or after, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-01
                     */
                    updated_at_from?: string | string[];
                    /**
                     * @description 更新时间止(含)/ Updated at or before, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-31
                     */
                    updated_at_to?: string | string[];
                    /**
                     * @description 名称(by_name 为精确匹配,其余为包含)/ Name: exact for by_name, contained elsewhere
                     * @example 张三
                     */
                    name?: string | string[];
                    /**
                     * @description 标题(商机、合同)/ Title (opportunities, contracts)
                     * @example 年度合同
                     */
                    title?: string | string[];
                    /**
                     * @description 客户 id / Customer id
                     * @example 1
                     */
                    customer_id?: string | string[];
                    /**
                     * @description 审批状态:approved、draft、applying、rejected / Approval state
                     * @example approved
                     */
                    approve_status?: string | string[];
                    /**
                     * @description 电话(包含)/ Phone number (contained)
                     * @example 13800000000
                     */
                    phone?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                leads: ({
                                    id: number;
                                    name: string;
                                    user_id: number;
                                    user_name: string;
                                    approve_status: string;
                                    approve_status_i18n: string;
                                    real_revisit_at: string | null;
                                    revisit_logs_count: number;
                                    created_at: string;
                                    updated_at: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        /** soft delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** customers: filters user_id, department_id (with sub-departments), updated_at range or bare day, name, status/stage/category option ids, approve_status, custom-field keys; sort/order */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 排序字段 / Sort field
                     * @example updated_at
                     */
                    sort?: string | string[];
                    /**
                     * @description 排序方向:asc 或 desc / Sort direction: asc or desc
                     * @example desc
                     */
                    order?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 更新日期:某一天,或 updated_at[from]/updated_at[to] / Updated on a day, or a from/to range
                     * @example 2026-12-01
                     */
                    updated_at?: (string | string[]) | ({
                        from?: string | string[];
                        to?: string | string[];
                    } & {
                        [key: string]: unknown;
                    });
                    /**
                     * @description 更新时间起(含)/ Updated at or after, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-01
                     */
                    updated_at_from?: string | string[];
                    /**
                     * @description 更新时间止(含)/ Updated at or before, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-31
                     */
                    updated_at_to?: string | string[];
                    /**
                     * @description 名称(by_name 为精确匹配,其余为包含)/ Name: exact for by_name, contained elsewhere
                     * @example 张三
                     */
                    name?: string | string[];
                    /**
                     * @description 标题(商机、合同)/ Title (opportunities, contracts)
                     * @example 年度合同
                     */
                    title?: string | string[];
                    /**
                     * @description 客户 id / Customer id
                     * @example 1
                     */
                    customer_id?: string | string[];
                    /**
                     * @description 审批状态:approved、draft、applying、rejected / Approval state
                     * @example approved
                     */
                    approve_status?: string | string[];
                    /**
                     * @description 电话(包含)/ Phone number (contained)
                     * @example 13800000000
                     */
                    phone?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                customers: ({
                                    id: number;
                                    name: string;
                                    user_id: number;
                                    user_name: string;
                                    approve_status: string;
                                    approve_status_i18n: string;
                                    real_revisit_at: string | null;
                                    revisit_logs_count: number;
                                    created_at: string;
                                    updated_at: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        /** create; fields nested as customer[…] or flat */
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
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/customers/by_name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** customers named exactly `name`, within your scope; a list page */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 排序字段 / Sort field
                     * @example updated_at
                     */
                    sort?: string | string[];
                    /**
                     * @description 排序方向:asc 或 desc / Sort direction: asc or desc
                     * @example desc
                     */
                    order?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 更新日期:某一天,或 updated_at[from]/updated_at[to] / Updated on a day, or a from/to range
                     * @example 2026-12-01
                     */
                    updated_at?: (string | string[]) | ({
                        from?: string | string[];
                        to?: string | string[];
                    } & {
                        [key: string]: unknown;
                    });
                    /**
                     * @description 更新时间起(含)/ Updated at or after, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-01
                     */
                    updated_at_from?: string | string[];
                    /**
                     * @description 更新时间止(含)/ Updated at or before, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-31
                     */
                    updated_at_to?: string | string[];
                    /**
                     * @description 名称(by_name 为精确匹配,其余为包含)/ Name: exact for by_name, contained elsewhere
                     * @example 张三
                     */
                    name?: string | string[];
                    /**
                     * @description 标题(商机、合同)/ Title (opportunities, contracts)
                     * @example 年度合同
                     */
                    title?: string | string[];
                    /**
                     * @description 客户 id / Customer id
                     * @example 1
                     */
                    customer_id?: string | string[];
                    /**
                     * @description 审批状态:approved、draft、applying、rejected / Approval state
                     * @example approved
                     */
                    approve_status?: string | string[];
                    /**
                     * @description 电话(包含)/ Phone number (contained)
                     * @example 13800000000
                     */
                    phone?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                customers: ({
                                    id: number;
                                    name: string;
                                    user_id: number;
                                    user_name: string;
                                    approve_status: string;
                                    approve_status_i18n: string;
                                    real_revisit_at: string | null;
                                    revisit_logs_count: number;
                                    created_at: string;
                                    updated_at: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/customers/search_duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** customers whose name or phone contains `name` / `phone`, within your scope, exact matches first */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 排序字段 / Sort field
                     * @example updated_at
                     */
                    sort?: string | string[];
                    /**
                     * @description 排序方向:asc 或 desc / Sort direction: asc or desc
                     * @example desc
                     */
                    order?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 更新日期:某一天,或 updated_at[from]/updated_at[to] / Updated on a day, or a from/to range
                     * @example 2026-12-01
                     */
                    updated_at?: (string | string[]) | ({
                        from?: string | string[];
                        to?: string | string[];
                    } & {
                        [key: string]: unknown;
                    });
                    /**
                     * @description 更新时间起(含)/ Updated at or after, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-01
                     */
                    updated_at_from?: string | string[];
                    /**
                     * @description 更新时间止(含)/ Updated at or before, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-31
                     */
                    updated_at_to?: string | string[];
                    /**
                     * @description 名称(by_name 为精确匹配,其余为包含)/ Name: exact for by_name, contained elsewhere
                     * @example 张三
                     */
                    name?: string | string[];
                    /**
                     * @description 标题(商机、合同)/ Title (opportunities, contracts)
                     * @example 年度合同
                     */
                    title?: string | string[];
                    /**
                     * @description 客户 id / Customer id
                     * @example 1
                     */
                    customer_id?: string | string[];
                    /**
                     * @description 审批状态:approved、draft、applying、rejected / Approval state
                     * @example approved
                     */
                    approve_status?: string | string[];
                    /**
                     * @description 电话(包含)/ Phone number (contained)
                     * @example 13800000000
                     */
                    phone?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                customers: ({
                                    id: number;
                                    name: string;
                                    user_id: number;
                                    user_name: string;
                                    approve_status: string;
                                    approve_status_i18n: string;
                                    real_revisit_at: string | null;
                                    revisit_logs_count: number;
                                    created_at: string;
                                    updated_at: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        /** soft delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** opportunities: filters user_id, department_id (with sub-departments), updated_at range or bare day, name, status/stage/category option ids, approve_status, custom-field keys; sort/order */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 排序字段 / Sort field
                     * @example updated_at
                     */
                    sort?: string | string[];
                    /**
                     * @description 排序方向:asc 或 desc / Sort direction: asc or desc
                     * @example desc
                     */
                    order?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 更新日期:某一天,或 updated_at[from]/updated_at[to] / Updated on a day, or a from/to range
                     * @example 2026-12-01
                     */
                    updated_at?: (string | string[]) | ({
                        from?: string | string[];
                        to?: string | string[];
                    } & {
                        [key: string]: unknown;
                    });
                    /**
                     * @description 更新时间起(含)/ Updated at or after, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-01
                     */
                    updated_at_from?: string | string[];
                    /**
                     * @description 更新时间止(含)/ Updated at or before, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-31
                     */
                    updated_at_to?: string | string[];
                    /**
                     * @description 名称(by_name 为精确匹配,其余为包含)/ Name: exact for by_name, contained elsewhere
                     * @example 张三
                     */
                    name?: string | string[];
                    /**
                     * @description 标题(商机、合同)/ Title (opportunities, contracts)
                     * @example 年度合同
                     */
                    title?: string | string[];
                    /**
                     * @description 客户 id / Customer id
                     * @example 1
                     */
                    customer_id?: string | string[];
                    /**
                     * @description 审批状态:approved、draft、applying、rejected / Approval state
                     * @example approved
                     */
                    approve_status?: string | string[];
                    /**
                     * @description 电话(包含)/ Phone number (contained)
                     * @example 13800000000
                     */
                    phone?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                opportunities: ({
                                    id: number;
                                    name: string;
                                    user_id: number;
                                    user_name: string;
                                    approve_status: string;
                                    approve_status_i18n: string;
                                    real_revisit_at: string | null;
                                    revisit_logs_count: number;
                                    created_at: string;
                                    updated_at: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        /** create; fields nested as opportunity[…] or flat */
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
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/opportunities/search_duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** opportunities whose name or phone contains `name` / `phone`, within your scope, exact matches first */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 排序字段 / Sort field
                     * @example updated_at
                     */
                    sort?: string | string[];
                    /**
                     * @description 排序方向:asc 或 desc / Sort direction: asc or desc
                     * @example desc
                     */
                    order?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 更新日期:某一天,或 updated_at[from]/updated_at[to] / Updated on a day, or a from/to range
                     * @example 2026-12-01
                     */
                    updated_at?: (string | string[]) | ({
                        from?: string | string[];
                        to?: string | string[];
                    } & {
                        [key: string]: unknown;
                    });
                    /**
                     * @description 更新时间起(含)/ Updated at or after, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-01
                     */
                    updated_at_from?: string | string[];
                    /**
                     * @description 更新时间止(含)/ Updated at or before, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-31
                     */
                    updated_at_to?: string | string[];
                    /**
                     * @description 名称(by_name 为精确匹配,其余为包含)/ Name: exact for by_name, contained elsewhere
                     * @example 张三
                     */
                    name?: string | string[];
                    /**
                     * @description 标题(商机、合同)/ Title (opportunities, contracts)
                     * @example 年度合同
                     */
                    title?: string | string[];
                    /**
                     * @description 客户 id / Customer id
                     * @example 1
                     */
                    customer_id?: string | string[];
                    /**
                     * @description 审批状态:approved、draft、applying、rejected / Approval state
                     * @example approved
                     */
                    approve_status?: string | string[];
                    /**
                     * @description 电话(包含)/ Phone number (contained)
                     * @example 13800000000
                     */
                    phone?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                opportunities: ({
                                    id: number;
                                    name: string;
                                    user_id: number;
                                    user_name: string;
                                    approve_status: string;
                                    approve_status_i18n: string;
                                    real_revisit_at: string | null;
                                    revisit_logs_count: number;
                                    created_at: string;
                                    updated_at: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        /** soft delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** contracts: filters user_id, department_id (with sub-departments), updated_at range or bare day, name, status/stage/category option ids, approve_status, custom-field keys; sort/order */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 排序字段 / Sort field
                     * @example updated_at
                     */
                    sort?: string | string[];
                    /**
                     * @description 排序方向:asc 或 desc / Sort direction: asc or desc
                     * @example desc
                     */
                    order?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 更新日期:某一天,或 updated_at[from]/updated_at[to] / Updated on a day, or a from/to range
                     * @example 2026-12-01
                     */
                    updated_at?: (string | string[]) | ({
                        from?: string | string[];
                        to?: string | string[];
                    } & {
                        [key: string]: unknown;
                    });
                    /**
                     * @description 更新时间起(含)/ Updated at or after, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-01
                     */
                    updated_at_from?: string | string[];
                    /**
                     * @description 更新时间止(含)/ Updated at or before, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-31
                     */
                    updated_at_to?: string | string[];
                    /**
                     * @description 名称(by_name 为精确匹配,其余为包含)/ Name: exact for by_name, contained elsewhere
                     * @example 张三
                     */
                    name?: string | string[];
                    /**
                     * @description 标题(商机、合同)/ Title (opportunities, contracts)
                     * @example 年度合同
                     */
                    title?: string | string[];
                    /**
                     * @description 客户 id / Customer id
                     * @example 1
                     */
                    customer_id?: string | string[];
                    /**
                     * @description 审批状态:approved、draft、applying、rejected / Approval state
                     * @example approved
                     */
                    approve_status?: string | string[];
                    /**
                     * @description 电话(包含)/ Phone number (contained)
                     * @example 13800000000
                     */
                    phone?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                contracts: ({
                                    id: number;
                                    name: string;
                                    user_id: number;
                                    user_name: string;
                                    approve_status: string;
                                    approve_status_i18n: string;
                                    real_revisit_at: string | null;
                                    revisit_logs_count: number;
                                    created_at: string;
                                    updated_at: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        /** create; fields nested as contract[…] or flat */
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
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contracts/search_duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** contracts whose name or phone contains `name` / `phone`, within your scope, exact matches first */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 排序字段 / Sort field
                     * @example updated_at
                     */
                    sort?: string | string[];
                    /**
                     * @description 排序方向:asc 或 desc / Sort direction: asc or desc
                     * @example desc
                     */
                    order?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 更新日期:某一天,或 updated_at[from]/updated_at[to] / Updated on a day, or a from/to range
                     * @example 2026-12-01
                     */
                    updated_at?: (string | string[]) | ({
                        from?: string | string[];
                        to?: string | string[];
                    } & {
                        [key: string]: unknown;
                    });
                    /**
                     * @description 更新时间起(含)/ Updated at or after, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-01
                     */
                    updated_at_from?: string | string[];
                    /**
                     * @description 更新时间止(含)/ Updated at or before, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-31
                     */
                    updated_at_to?: string | string[];
                    /**
                     * @description 名称(by_name 为精确匹配,其余为包含)/ Name: exact for by_name, contained elsewhere
                     * @example 张三
                     */
                    name?: string | string[];
                    /**
                     * @description 标题(商机、合同)/ Title (opportunities, contracts)
                     * @example 年度合同
                     */
                    title?: string | string[];
                    /**
                     * @description 客户 id / Customer id
                     * @example 1
                     */
                    customer_id?: string | string[];
                    /**
                     * @description 审批状态:approved、draft、applying、rejected / Approval state
                     * @example approved
                     */
                    approve_status?: string | string[];
                    /**
                     * @description 电话(包含)/ Phone number (contained)
                     * @example 13800000000
                     */
                    phone?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                contracts: ({
                                    id: number;
                                    name: string;
                                    user_id: number;
                                    user_name: string;
                                    approve_status: string;
                                    approve_status_i18n: string;
                                    real_revisit_at: string | null;
                                    revisit_logs_count: number;
                                    created_at: string;
                                    updated_at: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        /** soft delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** contacts: filters user_id, department_id (with sub-departments), updated_at range or bare day, name, status/stage/category option ids, approve_status, custom-field keys; sort/order */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 排序字段 / Sort field
                     * @example updated_at
                     */
                    sort?: string | string[];
                    /**
                     * @description 排序方向:asc 或 desc / Sort direction: asc or desc
                     * @example desc
                     */
                    order?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 更新日期:某一天,或 updated_at[from]/updated_at[to] / Updated on a day, or a from/to range
                     * @example 2026-12-01
                     */
                    updated_at?: (string | string[]) | ({
                        from?: string | string[];
                        to?: string | string[];
                    } & {
                        [key: string]: unknown;
                    });
                    /**
                     * @description 更新时间起(含)/ Updated at or after, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-01
                     */
                    updated_at_from?: string | string[];
                    /**
                     * @description 更新时间止(含)/ Updated at or before, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-31
                     */
                    updated_at_to?: string | string[];
                    /**
                     * @description 名称(by_name 为精确匹配,其余为包含)/ Name: exact for by_name, contained elsewhere
                     * @example 张三
                     */
                    name?: string | string[];
                    /**
                     * @description 标题(商机、合同)/ Title (opportunities, contracts)
                     * @example 年度合同
                     */
                    title?: string | string[];
                    /**
                     * @description 客户 id / Customer id
                     * @example 1
                     */
                    customer_id?: string | string[];
                    /**
                     * @description 审批状态:approved、draft、applying、rejected / Approval state
                     * @example approved
                     */
                    approve_status?: string | string[];
                    /**
                     * @description 电话(包含)/ Phone number (contained)
                     * @example 13800000000
                     */
                    phone?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                contacts: ({
                                    id: number;
                                    name: string;
                                    user_id: number;
                                    user_name: string;
                                    approve_status: string;
                                    approve_status_i18n: string;
                                    real_revisit_at: string | null;
                                    revisit_logs_count: number;
                                    created_at: string;
                                    updated_at: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        /** create; fields nested as contact[…] or flat */
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
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/contacts/search_duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** contacts whose name or phone contains `name` / `phone`, within your scope, exact matches first */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                    /**
                     * @description 排序字段 / Sort field
                     * @example updated_at
                     */
                    sort?: string | string[];
                    /**
                     * @description 排序方向:asc 或 desc / Sort direction: asc or desc
                     * @example desc
                     */
                    order?: string | string[];
                    /**
                     * @description 用户 id,可多个(user_id[]=1&user_id[]=2 或 1,2)/ User id(s): repeated, key[] or comma list
                     * @example 1
                     */
                    user_id?: string | string[];
                    /**
                     * @description 部门 id / Department id
                     * @example 1
                     */
                    department_id?: string | string[];
                    /**
                     * @description 更新日期:某一天,或 updated_at[from]/updated_at[to] / Updated on a day, or a from/to range
                     * @example 2026-12-01
                     */
                    updated_at?: (string | string[]) | ({
                        from?: string | string[];
                        to?: string | string[];
                    } & {
                        [key: string]: unknown;
                    });
                    /**
                     * @description 更新时间起(含)/ Updated at or after, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-01
                     */
                    updated_at_from?: string | string[];
                    /**
                     * @description 更新时间止(含)/ Updated at or before, YYYY-MM-DD [HH:mm]
                     * @example 2026-12-31
                     */
                    updated_at_to?: string | string[];
                    /**
                     * @description 名称(by_name 为精确匹配,其余为包含)/ Name: exact for by_name, contained elsewhere
                     * @example 张三
                     */
                    name?: string | string[];
                    /**
                     * @description 标题(商机、合同)/ Title (opportunities, contracts)
                     * @example 年度合同
                     */
                    title?: string | string[];
                    /**
                     * @description 客户 id / Customer id
                     * @example 1
                     */
                    customer_id?: string | string[];
                    /**
                     * @description 审批状态:approved、draft、applying、rejected / Approval state
                     * @example approved
                     */
                    approve_status?: string | string[];
                    /**
                     * @description 电话(包含)/ Phone number (contained)
                     * @example 13800000000
                     */
                    phone?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                contacts: ({
                                    id: number;
                                    name: string;
                                    user_id: number;
                                    user_name: string;
                                    approve_status: string;
                                    approve_status_i18n: string;
                                    real_revisit_at: string | null;
                                    revisit_logs_count: number;
                                    created_at: string;
                                    updated_at: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                user_id: number;
                                user_name: string;
                                approve_status: string;
                                approve_status_i18n: string;
                                real_revisit_at: string | null;
                                revisit_logs_count: number;
                                created_at: string;
                                updated_at: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        /** soft delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/field_maps/{entity}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Option sets of an entity (revisit_log, lead, customer, opportunity, contract) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 实体,如 customer、revisit_log / Entity, e.g. customer or revisit_log
                     * @example customer
                     */
                    entity: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                entity: string;
                                field_values: {
                                    id: string;
                                    value: string;
                                    status: "enabled" | "disabled";
                                    i18n: {
                                        zh: string;
                                        en: string;
                                    };
                                    position: number;
                                    enabled: boolean;
                                }[];
                                fields: {
                                    field_name: string;
                                    field_key: string;
                                    field_values: {
                                        id: string;
                                        value: string;
                                        status: "enabled" | "disabled";
                                        i18n: {
                                            zh: string;
                                            en: string;
                                        };
                                        position: number;
                                        enabled: boolean;
                                    }[];
                                }[];
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** create a user */
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
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                email: string | null;
                                created_at: string;
                                name: string;
                                organization_id: number;
                                phone: string | null;
                                role_id: number;
                                workflow_state: string;
                                job: string | null;
                                tel: string | null;
                                gender: string | null;
                                role: string;
                                role_json: {
                                    id: number;
                                    name: string;
                                    entity_grant_scope: string;
                                };
                                department_id: number;
                                department_name: string;
                                avatar_url: string | null;
                                superior_id: number | null;
                                superior_name: string | null;
                                organization_name: string;
                                uid: number | null;
                                disabled: boolean;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100409` 数据冲突 / Conflict
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100403 | 100406 | 100409 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "conflict" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** update a user (department_id moves them) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                email: string | null;
                                created_at: string;
                                name: string;
                                organization_id: number;
                                phone: string | null;
                                role_id: number;
                                workflow_state: string;
                                job: string | null;
                                tel: string | null;
                                gender: string | null;
                                role: string;
                                role_json: {
                                    id: number;
                                    name: string;
                                    entity_grant_scope: string;
                                };
                                department_id: number;
                                department_name: string;
                                avatar_url: string | null;
                                superior_id: number | null;
                                superior_name: string | null;
                                organization_name: string;
                                uid: number | null;
                                disabled: boolean;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** disable a user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                email: string | null;
                                created_at: string;
                                name: string;
                                organization_id: number;
                                phone: string | null;
                                role_id: number;
                                workflow_state: string;
                                job: string | null;
                                tel: string | null;
                                gender: string | null;
                                role: string;
                                role_json: {
                                    id: number;
                                    name: string;
                                    entity_grant_scope: string;
                                };
                                department_id: number;
                                department_name: string;
                                avatar_url: string | null;
                                superior_id: number | null;
                                superior_name: string | null;
                                organization_name: string;
                                uid: number | null;
                                disabled: boolean;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** enable a user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                email: string | null;
                                created_at: string;
                                name: string;
                                organization_id: number;
                                phone: string | null;
                                role_id: number;
                                workflow_state: string;
                                job: string | null;
                                tel: string | null;
                                gender: string | null;
                                role: string;
                                role_json: {
                                    id: number;
                                    name: string;
                                    entity_grant_scope: string;
                                };
                                department_id: number;
                                department_name: string;
                                avatar_url: string | null;
                                superior_id: number | null;
                                superior_name: string | null;
                                organization_name: string;
                                uid: number | null;
                                disabled: boolean;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/users/{id}/reset_password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** set a new password; ends the user’s sessions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** create a department */
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
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                /** @description null for the root department */
                                parent_id: number | null;
                                level: number;
                                path: string;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** rename (name) and/or move (parent_id) a department */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                /** @description null for the root department */
                                parent_id: number | null;
                                level: number;
                                path: string;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        post?: never;
        /** delete an empty department */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/departments/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** re-parent a department and its subtree */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                /** @description null for the root department */
                                parent_id: number | null;
                                level: number;
                                path: string;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** roles of the organization */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                roles: {
                                    id: number;
                                    name: string;
                                    /** @description self | department | department_and_below | all */
                                    data_scope: string;
                                    /** @description the same as data_scope (IKCRM name) */
                                    entity_grant_scope: string;
                                    is_admin: boolean;
                                }[];
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        /** create a role with a data scope */
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
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                /** @description self | department | department_and_below | all */
                                data_scope: string;
                                /** @description the same as data_scope (IKCRM name) */
                                entity_grant_scope: string;
                                is_admin: boolean;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** add an option to a set (field_key, name, name_en) */
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
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: string;
                                value: string;
                                status: "enabled" | "disabled";
                                i18n: {
                                    zh: string;
                                    en: string;
                                };
                                position: number;
                                enabled: boolean;
                                field_key: string;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/options/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** rename (name, name_en), reorder (position), enable/disable (enabled) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: string;
                                value: string;
                                status: "enabled" | "disabled";
                                i18n: {
                                    zh: string;
                                    en: string;
                                };
                                position: number;
                                enabled: boolean;
                                field_key: string;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/options/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** disable an option (old records keep showing it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: string;
                                value: string;
                                status: "enabled" | "disabled";
                                i18n: {
                                    zh: string;
                                    en: string;
                                };
                                position: number;
                                enabled: boolean;
                                field_key: string;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/options/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** enable an option (old records keep showing it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: string;
                                value: string;
                                status: "enabled" | "disabled";
                                i18n: {
                                    zh: string;
                                    en: string;
                                };
                                position: number;
                                enabled: boolean;
                                field_key: string;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/custom_fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** custom fields of one entity (?entity=), disabled ones included */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 实体,如 customer、revisit_log / Entity, e.g. customer or revisit_log
                     * @example customer
                     */
                    entity?: unknown;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                custom_fields: {
                                    id: number;
                                    /** @enum {string} */
                                    entity: "revisit_log" | "lead" | "customer" | "opportunity" | "contract" | "contact";
                                    key: string;
                                    /** @description the key again: IKCRM names a field by its key */
                                    name: string;
                                    label: string;
                                    label_en: string | null;
                                    type: "text" | "number" | "date" | "datetime" | "select" | "multi_select";
                                    options: string[];
                                    required: boolean;
                                    position: number;
                                    enabled: boolean;
                                }[];
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        /** define a field: entity, label, label_en, type, options[], required, position, enabled, key? */
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
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                /** @enum {string} */
                                entity: "revisit_log" | "lead" | "customer" | "opportunity" | "contract" | "contact";
                                key: string;
                                /** @description the key again: IKCRM names a field by its key */
                                name: string;
                                label: string;
                                label_en: string | null;
                                type: "text" | "number" | "date" | "datetime" | "select" | "multi_select";
                                options: string[];
                                required: boolean;
                                position: number;
                                enabled: boolean;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/custom_fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** change label, options, required, position, enabled */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                /** @enum {string} */
                                entity: "revisit_log" | "lead" | "customer" | "opportunity" | "contract" | "contact";
                                key: string;
                                /** @description the key again: IKCRM names a field by its key */
                                name: string;
                                label: string;
                                label_en: string | null;
                                type: "text" | "number" | "date" | "datetime" | "select" | "multi_select";
                                options: string[];
                                required: boolean;
                                position: number;
                                enabled: boolean;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        post?: never;
        /** hide a field (its values stay stored) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/custom_fields/{entity}/by_group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** enabled custom fields of an entity, grouped as IKCRM lists them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 实体,如 customer、revisit_log / Entity, e.g. customer or revisit_log
                     * @example customer
                     */
                    entity: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                name: string;
                                name_en: string;
                                custom_fields: {
                                    id: number;
                                    /** @enum {string} */
                                    entity: "revisit_log" | "lead" | "customer" | "opportunity" | "contract" | "contact";
                                    key: string;
                                    /** @description the key again: IKCRM names a field by its key */
                                    name: string;
                                    label: string;
                                    label_en: string | null;
                                    type: "text" | "number" | "date" | "datetime" | "select" | "multi_select";
                                    options: string[];
                                    required: boolean;
                                    position: number;
                                    enabled: boolean;
                                }[];
                            }[];
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** webhook endpoints with their last delivery */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                webhooks: {
                                    id: number;
                                    url: string;
                                    events: string[];
                                    created_at: string;
                                    last_delivery: {
                                        id: string;
                                        event: string;
                                        status: string;
                                        attempts: number;
                                        last_status_code: number | null;
                                        created_at: string;
                                    } | null;
                                }[];
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        /** register a webhook endpoint (url, events[], secret?); the secret is shown in this answer only */
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
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                url: string;
                                events: string[];
                                created_at: string;
                                last_delivery: {
                                    id: string;
                                    event: string;
                                    status: string;
                                    attempts: number;
                                    last_status_code: number | null;
                                    created_at: string;
                                } | null;
                                secret: string;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** remove an endpoint (pending deliveries are cancelled) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/admin/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** the latest deliveries of an endpoint with their attempts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                deliveries: {
                                    id: string;
                                    event: string;
                                    status: string;
                                    attempts: number;
                                    last_status_code: number | null;
                                    created_at: string;
                                    last_error: string | null;
                                    next_attempt_at: string | null;
                                    attempt_log: {
                                        attempted_at: string;
                                        status_code: number | null;
                                        error: string | null;
                                        duration_ms: number;
                                    }[];
                                }[];
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100403` 您没有权限进行此操作 / You are not allowed to do this
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100403 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "permission_denied" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** my notifications (reminders due, mentions), unread first */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description 页码,从 1 开始 / Page number, from 1
                     * @example 1
                     */
                    page?: string | string[];
                    /**
                     * @description 每页条数 / Items per page
                     * @example 20
                     */
                    per_page?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                notifications: {
                                    id: number;
                                    kind: "reminder_due" | "mentioned";
                                    revisit_log_id: number;
                                    read: boolean;
                                    created_at: string;
                                    /** @description "" while unread */
                                    read_at: string;
                                }[];
                                unread_count: number;
                                total_count: number;
                                has_next_page: boolean;
                                per_page: number;
                                page: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
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
    "/api/v2/notifications/read_all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** mark all my notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                updated: number;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** mark one notification read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description 路径中的记录 id(正整数,仅数字)/ Id of the record the path names (a positive integer, digits only)
                     * @example 1
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            code: 0;
                            data: {
                                id: number;
                                kind: "reminder_due" | "mentioned";
                                revisit_log_id: number;
                                read: boolean;
                                created_at: string;
                                /** @description "" while unread */
                                read_at: string;
                            };
                        };
                    };
                };
                /**
                 * @description 错误 / Errors — HTTP 200 like a success (read `code`):
                 *     - `100000` device参数错误 / Invalid device parameter
                 *     - `100100` 您没有权限查看该对象或该对象不存在。 / You may not view this object, or it does not exist.
                 *     - `100401` 您的登录已经过期,请重新登录! / Your session has expired, please log in again!
                 *     - `100406` 参数错误 / Invalid parameter
                 *     - `100413` 文件过大 / File too large
                 *     - `100500` 服务器内部错误 / Internal server error
                 *     - `100503` 服务暂不可用 / Service temporarily unavailable
                 */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {integer} */
                            code: 100000 | 100100 | 100401 | 100406 | 100413 | 100500 | 100503;
                            /** @description 按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default) */
                            message: string;
                            /** @enum {string} */
                            error: "invalid_app_error" | "active_record/record_not_found" | "user_authentication_error" | "invalid_parameter" | "payload_too_large" | "internal_error" | "service_unavailable";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
