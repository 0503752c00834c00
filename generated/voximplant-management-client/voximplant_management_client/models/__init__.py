"""Contains all the data models used in inputs/outputs"""

from .a2p_get_sms_history_request import A2PGetSmsHistoryRequest
from .a2p_get_sms_history_request_delivery_status import A2PGetSmsHistoryRequestDeliveryStatus
from .a2p_get_sms_history_request_output import A2PGetSmsHistoryRequestOutput
from .a2p_get_sms_history_response import A2PGetSmsHistoryResponse
from .a2p_send_sms_request import A2PSendSmsRequest
from .a2p_send_sms_response import A2PSendSmsResponse
from .a2p_sms_history import A2PSmsHistory
from .a2p_sms_history_delivery_status import A2PSmsHistoryDeliveryStatus
from .a2p_sms_history_status_id import A2PSmsHistoryStatusId
from .account_info import AccountInfo
from .account_invoice import AccountInvoice
from .acd_after_service_operator_state import ACDAfterServiceOperatorState
from .acd_lock import ACDLock
from .acd_locked_operator_state import ACDLockedOperatorState
from .acd_locked_operator_state_status import ACDLockedOperatorStateStatus
from .acd_operator_call import ACDOperatorCall
from .acd_queue_operator_info import ACDQueueOperatorInfo
from .acd_queue_state import ACDQueueState
from .acd_ready_operator_state import ACDReadyOperatorState
from .acd_servicing_call_state import ACDServicingCallState
from .acd_state import ACDState
from .acd_waiting_call_state import ACDWaitingCallState
from .activate_outbound_test_phone_number_request import ActivateOutboundTestPhoneNumberRequest
from .activate_outbound_test_phone_number_response import ActivateOutboundTestPhoneNumberResponse
from .add_admin_role_request import AddAdminRoleRequest
from .add_admin_role_response import AddAdminRoleResponse
from .add_admin_user_request import AddAdminUserRequest
from .add_admin_user_response import AddAdminUserResponse
from .add_application_request import AddApplicationRequest
from .add_application_response import AddApplicationResponse
from .add_authorized_account_ip_request import AddAuthorizedAccountIPRequest
from .add_authorized_account_ip_response import AddAuthorizedAccountIPResponse
from .add_outbound_test_phone_number_request import AddOutboundTestPhoneNumberRequest
from .add_outbound_test_phone_number_response import AddOutboundTestPhoneNumberResponse
from .add_pstn_black_list_item_request import AddPstnBlackListItemRequest
from .add_pstn_black_list_item_response import AddPstnBlackListItemResponse
from .add_queue_request import AddQueueRequest
from .add_queue_response import AddQueueResponse
from .add_rule_request import AddRuleRequest
from .add_rule_response import AddRuleResponse
from .add_scenario_request import AddScenarioRequest
from .add_scenario_response import AddScenarioResponse
from .add_secret_request import AddSecretRequest
from .add_secret_response import AddSecretResponse
from .add_secret_result import AddSecretResult
from .add_sip_white_list_item_request import AddSipWhiteListItemRequest
from .add_sip_white_list_item_response import AddSipWhiteListItemResponse
from .add_skill_request import AddSkillRequest
from .add_skill_response import AddSkillResponse
from .add_user_request import AddUserRequest
from .add_user_response import AddUserResponse
from .admin_role import AdminRole
from .admin_user import AdminUser
from .api_error import APIError
from .append_to_call_list_multipart_request import AppendToCallListMultipartRequest
from .append_to_call_list_request import AppendToCallListRequest
from .append_to_call_list_response import AppendToCallListResponse
from .application_info import ApplicationInfo
from .attach_admin_role_request import AttachAdminRoleRequest
from .attach_admin_role_request_mode import AttachAdminRoleRequestMode
from .attach_admin_role_response import AttachAdminRoleResponse
from .attached_phone_info import AttachedPhoneInfo
from .attached_phone_info_verification_status import AttachedPhoneInfoVerificationStatus
from .audit_log_info import AuditLogInfo
from .authorized_account_ip import AuthorizedAccountIP
from .bank_card_billing_limit_info import BankCardBillingLimitInfo
from .billing_limit_info import BillingLimitInfo
from .billing_limits import BillingLimits
from .bind_scenario_request import BindScenarioRequest
from .bind_scenario_response import BindScenarioResponse
from .bind_sip_registration_request import BindSipRegistrationRequest
from .bind_sip_registration_response import BindSipRegistrationResponse
from .bind_skill_request import BindSkillRequest
from .bind_skill_response import BindSkillResponse
from .bind_user_to_queue_request import BindUserToQueueRequest
from .bind_user_to_queue_response import BindUserToQueueResponse
from .call_info import CallInfo
from .call_list import CallList
from .call_list_detail import CallListDetail
from .call_list_status import CallListStatus
from .call_list_task_priority_strategy import CallListTaskPriorityStrategy
from .call_session_info import CallSessionInfo
from .call_session_info_audio_quality import CallSessionInfoAudioQuality
from .caller_id_info import CallerIDInfo
from .cancel_call_list_batch_request import CancelCallListBatchRequest
from .cancel_call_list_batch_response import CancelCallListBatchResponse
from .cancel_call_list_task_request import CancelCallListTaskRequest
from .cancel_call_list_task_response import CancelCallListTaskResponse
from .check_authorized_account_ip_request import CheckAuthorizedAccountIPRequest
from .check_authorized_account_ip_response import CheckAuthorizedAccountIPResponse
from .control_sms_request import ControlSmsRequest
from .control_sms_request_command import ControlSmsRequestCommand
from .control_sms_response import ControlSmsResponse
from .create_call_list_multipart_request import CreateCallListMultipartRequest
from .create_call_list_multipart_request_task_priority_strategy import (
    CreateCallListMultipartRequestTaskPriorityStrategy,
)
from .create_call_list_request import CreateCallListRequest
from .create_call_list_request_task_priority_strategy import CreateCallListRequestTaskPriorityStrategy
from .create_call_list_response import CreateCallListResponse
from .del_admin_role_request import DelAdminRoleRequest
from .del_admin_role_response import DelAdminRoleResponse
from .del_admin_user_request import DelAdminUserRequest
from .del_admin_user_response import DelAdminUserResponse
from .del_application_request import DelApplicationRequest
from .del_application_response import DelApplicationResponse
from .del_authorized_account_ip_request import DelAuthorizedAccountIPRequest
from .del_authorized_account_ip_response import DelAuthorizedAccountIPResponse
from .del_caller_id_request import DelCallerIDRequest
from .del_caller_id_response import DelCallerIDResponse
from .del_key_value_item_request import DelKeyValueItemRequest
from .del_key_value_item_response import DelKeyValueItemResponse
from .del_outbound_test_phone_number_request import DelOutboundTestPhoneNumberRequest
from .del_outbound_test_phone_number_response import DelOutboundTestPhoneNumberResponse
from .del_pstn_black_list_item_request import DelPstnBlackListItemRequest
from .del_pstn_black_list_item_response import DelPstnBlackListItemResponse
from .del_queue_request import DelQueueRequest
from .del_queue_response import DelQueueResponse
from .del_rule_request import DelRuleRequest
from .del_rule_response import DelRuleResponse
from .del_scenario_request import DelScenarioRequest
from .del_scenario_response import DelScenarioResponse
from .del_secret_request import DelSecretRequest
from .del_secret_response import DelSecretResponse
from .del_sip_white_list_item_request import DelSipWhiteListItemRequest
from .del_sip_white_list_item_response import DelSipWhiteListItemResponse
from .del_skill_request import DelSkillRequest
from .del_skill_response import DelSkillResponse
from .del_user_request import DelUserRequest
from .del_user_response import DelUserResponse
from .delete_call_list_request import DeleteCallListRequest
from .delete_call_list_response import DeleteCallListResponse
from .delete_record_request import DeleteRecordRequest
from .delete_record_response import DeleteRecordResponse
from .download_history_report_request import DownloadHistoryReportRequest
from .download_invoice_request import DownloadInvoiceRequest
from .download_invoice_response import DownloadInvoiceResponse
from .edit_call_list_request import EditCallListRequest
from .edit_call_list_request_task_priority_strategy import EditCallListRequestTaskPriorityStrategy
from .edit_call_list_response import EditCallListResponse
from .edit_call_list_task_request import EditCallListTaskRequest
from .edit_call_list_task_response import EditCallListTaskResponse
from .edit_call_list_tasks_priority_request import EditCallListTasksPriorityRequest
from .edit_call_list_tasks_priority_response import EditCallListTasksPriorityResponse
from .error_response import ErrorResponse
from .exchange_rates import ExchangeRates
from .failed_sms import FailedSms
from .get_account_info_request import GetAccountInfoRequest
from .get_account_info_response import GetAccountInfoResponse
from .get_account_invoices_request import GetAccountInvoicesRequest
from .get_account_invoices_response import GetAccountInvoicesResponse
from .get_acd_state_request import GetACDStateRequest
from .get_acd_state_response import GetACDStateResponse
from .get_admin_roles_request import GetAdminRolesRequest
from .get_admin_roles_response import GetAdminRolesResponse
from .get_admin_users_request import GetAdminUsersRequest
from .get_admin_users_response import GetAdminUsersResponse
from .get_applications_request import GetApplicationsRequest
from .get_applications_response import GetApplicationsResponse
from .get_audit_log_async_request import GetAuditLogAsyncRequest
from .get_audit_log_async_request_output import GetAuditLogAsyncRequestOutput
from .get_audit_log_async_response import GetAuditLogAsyncResponse
from .get_audit_log_request import GetAuditLogRequest
from .get_audit_log_response import GetAuditLogResponse
from .get_authorized_account_i_ps_request import GetAuthorizedAccountIPsRequest
from .get_authorized_account_i_ps_response import GetAuthorizedAccountIPsResponse
from .get_available_admin_role_entries_request import GetAvailableAdminRoleEntriesRequest
from .get_available_admin_role_entries_response import GetAvailableAdminRoleEntriesResponse
from .get_brief_call_history_request import GetBriefCallHistoryRequest
from .get_brief_call_history_request_output import GetBriefCallHistoryRequestOutput
from .get_brief_call_history_response import GetBriefCallHistoryResponse
from .get_call_history_async_request import GetCallHistoryAsyncRequest
from .get_call_history_async_request_output import GetCallHistoryAsyncRequestOutput
from .get_call_history_async_response import GetCallHistoryAsyncResponse
from .get_call_history_request import GetCallHistoryRequest
from .get_call_history_response import GetCallHistoryResponse
from .get_call_list_details_request import GetCallListDetailsRequest
from .get_call_list_details_request_output import GetCallListDetailsRequestOutput
from .get_call_list_details_response import GetCallListDetailsResponse
from .get_call_lists_request import GetCallListsRequest
from .get_call_lists_request_type_list import GetCallListsRequestTypeList
from .get_call_lists_response import GetCallListsResponse
from .get_caller_i_ds_request import GetCallerIDsRequest
from .get_caller_i_ds_request_order_by import GetCallerIDsRequestOrderBy
from .get_caller_i_ds_response import GetCallerIDsResponse
from .get_currency_rate_request import GetCurrencyRateRequest
from .get_currency_rate_response import GetCurrencyRateResponse
from .get_history_reports_request import GetHistoryReportsRequest
from .get_history_reports_response import GetHistoryReportsResponse
from .get_key_value_item_request import GetKeyValueItemRequest
from .get_key_value_item_response import GetKeyValueItemResponse
from .get_key_value_items_request import GetKeyValueItemsRequest
from .get_key_value_items_response import GetKeyValueItemsResponse
from .get_key_value_keys_request import GetKeyValueKeysRequest
from .get_key_value_keys_response import GetKeyValueKeysResponse
from .get_outbound_test_phone_numbers_request import GetOutboundTestPhoneNumbersRequest
from .get_outbound_test_phone_numbers_response import GetOutboundTestPhoneNumbersResponse
from .get_phone_numbers_async_request import GetPhoneNumbersAsyncRequest
from .get_phone_numbers_async_response import GetPhoneNumbersAsyncResponse
from .get_phone_numbers_request import GetPhoneNumbersRequest
from .get_phone_numbers_request_order_by import GetPhoneNumbersRequestOrderBy
from .get_phone_numbers_request_sandbox import GetPhoneNumbersRequestSandbox
from .get_phone_numbers_response import GetPhoneNumbersResponse
from .get_pstn_black_list_request import GetPstnBlackListRequest
from .get_pstn_black_list_response import GetPstnBlackListResponse
from .get_queues_request import GetQueuesRequest
from .get_queues_response import GetQueuesResponse
from .get_record_storages_request import GetRecordStoragesRequest
from .get_record_storages_response import GetRecordStoragesResponse
from .get_role_groups_request import GetRoleGroupsRequest
from .get_role_groups_response import GetRoleGroupsResponse
from .get_rules_request import GetRulesRequest
from .get_rules_response import GetRulesResponse
from .get_scenarios_request import GetScenariosRequest
from .get_scenarios_response import GetScenariosResponse
from .get_secret_value_request import GetSecretValueRequest
from .get_secret_value_response import GetSecretValueResponse
from .get_secret_value_result import GetSecretValueResult
from .get_secrets_request import GetSecretsRequest
from .get_secrets_response import GetSecretsResponse
from .get_sip_registrations_request import GetSipRegistrationsRequest
from .get_sip_registrations_response import GetSipRegistrationsResponse
from .get_sip_white_list_request import GetSipWhiteListRequest
from .get_sip_white_list_response import GetSipWhiteListResponse
from .get_skills_request import GetSkillsRequest
from .get_skills_response import GetSkillsResponse
from .get_smart_queue_day_history_request import GetSmartQueueDayHistoryRequest
from .get_smart_queue_day_history_request_group_by import GetSmartQueueDayHistoryRequestGroupBy
from .get_smart_queue_day_history_response import GetSmartQueueDayHistoryResponse
from .get_smart_queue_realtime_metrics_request import GetSmartQueueRealtimeMetricsRequest
from .get_smart_queue_realtime_metrics_request_group_by import GetSmartQueueRealtimeMetricsRequestGroupBy
from .get_smart_queue_realtime_metrics_response import GetSmartQueueRealtimeMetricsResponse
from .get_sms_history_request import GetSmsHistoryRequest
from .get_sms_history_request_direction import GetSmsHistoryRequestDirection
from .get_sms_history_request_output import GetSmsHistoryRequestOutput
from .get_sms_history_response import GetSmsHistoryResponse
from .get_sq_agents_result import GetSQAgentsResult
from .get_sq_agents_result_sq_queues_item import GetSQAgentsResultSqQueuesItem
from .get_sq_agents_result_sq_skills_item import GetSQAgentsResultSqSkillsItem
from .get_sq_queues_result import GetSQQueuesResult
from .get_sq_skills_result import GetSQSkillsResult
from .get_sq_state_request import GetSQStateRequest
from .get_sq_state_response import GetSQStateResponse
from .get_transaction_history_async_request import GetTransactionHistoryAsyncRequest
from .get_transaction_history_async_request_output import GetTransactionHistoryAsyncRequestOutput
from .get_transaction_history_async_response import GetTransactionHistoryAsyncResponse
from .get_transaction_history_request import GetTransactionHistoryRequest
from .get_transaction_history_response import GetTransactionHistoryResponse
from .get_users_request import GetUsersRequest
from .get_users_request_order_by import GetUsersRequestOrderBy
from .get_users_response import GetUsersResponse
from .get_wab_phone_numbers_request import GetWABPhoneNumbersRequest
from .get_wab_phone_numbers_response import GetWABPhoneNumbersResponse
from .history_report import HistoryReport
from .invoice_period import InvoicePeriod
from .invoice_spending_details import InvoiceSpendingDetails
from .invoice_taxes_details import InvoiceTaxesDetails
from .invoice_taxes_details_level import InvoiceTaxesDetailsLevel
from .invoice_total_details import InvoiceTotalDetails
from .is_account_phone_number_request import IsAccountPhoneNumberRequest
from .is_account_phone_number_response import IsAccountPhoneNumberResponse
from .key_value_items import KeyValueItems
from .key_value_keys import KeyValueKeys
from .outbound_test_phonenumber_info import OutboundTestPhonenumberInfo
from .pstn_black_list_info import PstnBlackListInfo
from .queue_info import QueueInfo
from .queue_skills import QueueSkills
from .queue_users import QueueUsers
from .record import Record
from .record_storage_info import RecordStorageInfo
from .record_transcription_status import RecordTranscriptionStatus
from .recover_call_list_request import RecoverCallListRequest
from .recover_call_list_response import RecoverCallListResponse
from .reorder_rules_request import ReorderRulesRequest
from .reorder_rules_response import ReorderRulesResponse
from .reorder_scenarios_request import ReorderScenariosRequest
from .reorder_scenarios_response import ReorderScenariosResponse
from .request_smart_queue_history_request import RequestSmartQueueHistoryRequest
from .request_smart_queue_history_request_group_by import RequestSmartQueueHistoryRequestGroupBy
from .request_smart_queue_history_response import RequestSmartQueueHistoryResponse
from .resource_usage import ResourceUsage
from .role_group_view import RoleGroupView
from .rule_info import RuleInfo
from .scenario_info import ScenarioInfo
from .secret_list_item import SecretListItem
from .send_sms_message_request import SendSmsMessageRequest
from .send_sms_message_response import SendSmsMessageResponse
from .set_admin_role_info_request import SetAdminRoleInfoRequest
from .set_admin_role_info_request_entry_modification_mode import SetAdminRoleInfoRequestEntryModificationMode
from .set_admin_role_info_response import SetAdminRoleInfoResponse
from .set_admin_user_info_request import SetAdminUserInfoRequest
from .set_admin_user_info_response import SetAdminUserInfoResponse
from .set_application_info_request import SetApplicationInfoRequest
from .set_application_info_response import SetApplicationInfoResponse
from .set_dialogflow_key_request import SetDialogflowKeyRequest
from .set_dialogflow_key_response import SetDialogflowKeyResponse
from .set_key_value_item_request import SetKeyValueItemRequest
from .set_key_value_item_response import SetKeyValueItemResponse
from .set_pstn_black_list_item_request import SetPstnBlackListItemRequest
from .set_pstn_black_list_item_response import SetPstnBlackListItemResponse
from .set_queue_info_request import SetQueueInfoRequest
from .set_queue_info_response import SetQueueInfoResponse
from .set_rule_info_request import SetRuleInfoRequest
from .set_rule_info_response import SetRuleInfoResponse
from .set_scenario_info_request import SetScenarioInfoRequest
from .set_scenario_info_response import SetScenarioInfoResponse
from .set_secret_info_request import SetSecretInfoRequest
from .set_secret_info_response import SetSecretInfoResponse
from .set_sip_white_list_item_request import SetSipWhiteListItemRequest
from .set_sip_white_list_item_response import SetSipWhiteListItemResponse
from .set_skill_info_request import SetSkillInfoRequest
from .set_skill_info_response import SetSkillInfoResponse
from .set_user_info_request import SetUserInfoRequest
from .set_user_info_response import SetUserInfoResponse
from .sip_registration import SIPRegistration
from .sip_white_list_info import SipWhiteListInfo
from .skill_info import SkillInfo
from .smart_queue_agent_skill import SmartQueueAgentSkill
from .smart_queue_metrics_groups import SmartQueueMetricsGroups
from .smart_queue_metrics_groups_values import SmartQueueMetricsGroupsValues
from .smart_queue_metrics_result import SmartQueueMetricsResult
from .smart_queue_metrics_result_report_type import SmartQueueMetricsResultReportType
from .smart_queue_state import SmartQueueState
from .smart_queue_state_agent import SmartQueueStateAgent
from .smart_queue_state_agent_status import SmartQueueStateAgentStatus
from .smart_queue_state_agent_status_details import SmartQueueStateAgentStatusDetails
from .smart_queue_state_task import SmartQueueStateTask
from .smart_queue_state_task_status import SmartQueueStateTaskStatus
from .smart_queue_state_task_task_type import SmartQueueStateTaskTaskType
from .smart_queue_task_skill import SmartQueueTaskSkill
from .sms_history import SmsHistory
from .sms_history_direction import SmsHistoryDirection
from .sms_history_status_id import SmsHistoryStatusId
from .sms_transaction import SmsTransaction
from .sq_add_queue_request import SQAddQueueRequest
from .sq_add_queue_request_call_agent_selection import SQAddQueueRequestCallAgentSelection
from .sq_add_queue_request_call_task_selection import SQAddQueueRequestCallTaskSelection
from .sq_add_queue_request_im_agent_selection import SQAddQueueRequestImAgentSelection
from .sq_add_queue_request_im_task_selection import SQAddQueueRequestImTaskSelection
from .sq_add_queue_response import SQAddQueueResponse
from .sq_add_queue_result import SQAddQueueResult
from .sq_add_skill_request import SQAddSkillRequest
from .sq_add_skill_response import SQAddSkillResponse
from .sq_add_skill_result import SQAddSkillResult
from .sq_bind_agent_request import SQBindAgentRequest
from .sq_bind_agent_response import SQBindAgentResponse
from .sq_bind_skill_request import SQBindSkillRequest
from .sq_bind_skill_response import SQBindSkillResponse
from .sq_del_queue_request import SQDelQueueRequest
from .sq_del_queue_response import SQDelQueueResponse
from .sq_del_skill_request import SQDelSkillRequest
from .sq_del_skill_response import SQDelSkillResponse
from .sq_delete_agent_custom_status_mapping_request import SQDeleteAgentCustomStatusMappingRequest
from .sq_delete_agent_custom_status_mapping_response import SQDeleteAgentCustomStatusMappingResponse
from .sq_get_agent_custom_status_mapping_request import SQGetAgentCustomStatusMappingRequest
from .sq_get_agent_custom_status_mapping_response import SQGetAgentCustomStatusMappingResponse
from .sq_get_agents_request import SQGetAgentsRequest
from .sq_get_agents_response import SQGetAgentsResponse
from .sq_get_queues_request import SQGetQueuesRequest
from .sq_get_queues_response import SQGetQueuesResponse
from .sq_get_skills_request import SQGetSkillsRequest
from .sq_get_skills_response import SQGetSkillsResponse
from .sq_set_agent_custom_status_mapping_request import SQSetAgentCustomStatusMappingRequest
from .sq_set_agent_custom_status_mapping_response import SQSetAgentCustomStatusMappingResponse
from .sq_set_agent_info_request import SQSetAgentInfoRequest
from .sq_set_agent_info_response import SQSetAgentInfoResponse
from .sq_set_queue_info_request import SQSetQueueInfoRequest
from .sq_set_queue_info_request_call_agent_selection import SQSetQueueInfoRequestCallAgentSelection
from .sq_set_queue_info_request_call_task_selection import SQSetQueueInfoRequestCallTaskSelection
from .sq_set_queue_info_request_im_agent_selection import SQSetQueueInfoRequestImAgentSelection
from .sq_set_queue_info_request_im_task_selection import SQSetQueueInfoRequestImTaskSelection
from .sq_set_queue_info_response import SQSetQueueInfoResponse
from .sq_set_skill_info_request import SQSetSkillInfoRequest
from .sq_set_skill_info_response import SQSetSkillInfoResponse
from .sq_unbind_agent_request import SQUnbindAgentRequest
from .sq_unbind_agent_response import SQUnbindAgentResponse
from .sq_unbind_skill_request import SQUnbindSkillRequest
from .sq_unbind_skill_response import SQUnbindSkillResponse
from .start_conference_request import StartConferenceRequest
from .start_conference_response import StartConferenceResponse
from .start_scenarios_request import StartScenariosRequest
from .start_scenarios_response import StartScenariosResponse
from .stop_call_list_processing_request import StopCallListProcessingRequest
from .stop_call_list_processing_response import StopCallListProcessingResponse
from .transaction_info import TransactionInfo
from .transaction_info_transaction_type import TransactionInfoTransactionType
from .user_info import UserInfo
from .user_info_acd_status import UserInfoAcdStatus
from .verify_outbound_test_phone_number_request import VerifyOutboundTestPhoneNumberRequest
from .verify_outbound_test_phone_number_response import VerifyOutboundTestPhoneNumberResponse
from .wab_phone_info import WABPhoneInfo

__all__ = (
    "A2PGetSmsHistoryRequest",
    "A2PGetSmsHistoryRequestDeliveryStatus",
    "A2PGetSmsHistoryRequestOutput",
    "A2PGetSmsHistoryResponse",
    "A2PSendSmsRequest",
    "A2PSendSmsResponse",
    "A2PSmsHistory",
    "A2PSmsHistoryDeliveryStatus",
    "A2PSmsHistoryStatusId",
    "AccountInfo",
    "AccountInvoice",
    "ACDAfterServiceOperatorState",
    "ACDLock",
    "ACDLockedOperatorState",
    "ACDLockedOperatorStateStatus",
    "ACDOperatorCall",
    "ACDQueueOperatorInfo",
    "ACDQueueState",
    "ACDReadyOperatorState",
    "ACDServicingCallState",
    "ACDState",
    "ACDWaitingCallState",
    "ActivateOutboundTestPhoneNumberRequest",
    "ActivateOutboundTestPhoneNumberResponse",
    "AddAdminRoleRequest",
    "AddAdminRoleResponse",
    "AddAdminUserRequest",
    "AddAdminUserResponse",
    "AddApplicationRequest",
    "AddApplicationResponse",
    "AddAuthorizedAccountIPRequest",
    "AddAuthorizedAccountIPResponse",
    "AddOutboundTestPhoneNumberRequest",
    "AddOutboundTestPhoneNumberResponse",
    "AddPstnBlackListItemRequest",
    "AddPstnBlackListItemResponse",
    "AddQueueRequest",
    "AddQueueResponse",
    "AddRuleRequest",
    "AddRuleResponse",
    "AddScenarioRequest",
    "AddScenarioResponse",
    "AddSecretRequest",
    "AddSecretResponse",
    "AddSecretResult",
    "AddSipWhiteListItemRequest",
    "AddSipWhiteListItemResponse",
    "AddSkillRequest",
    "AddSkillResponse",
    "AddUserRequest",
    "AddUserResponse",
    "AdminRole",
    "AdminUser",
    "APIError",
    "AppendToCallListMultipartRequest",
    "AppendToCallListRequest",
    "AppendToCallListResponse",
    "ApplicationInfo",
    "AttachAdminRoleRequest",
    "AttachAdminRoleRequestMode",
    "AttachAdminRoleResponse",
    "AttachedPhoneInfo",
    "AttachedPhoneInfoVerificationStatus",
    "AuditLogInfo",
    "AuthorizedAccountIP",
    "BankCardBillingLimitInfo",
    "BillingLimitInfo",
    "BillingLimits",
    "BindScenarioRequest",
    "BindScenarioResponse",
    "BindSipRegistrationRequest",
    "BindSipRegistrationResponse",
    "BindSkillRequest",
    "BindSkillResponse",
    "BindUserToQueueRequest",
    "BindUserToQueueResponse",
    "CallerIDInfo",
    "CallInfo",
    "CallList",
    "CallListDetail",
    "CallListStatus",
    "CallListTaskPriorityStrategy",
    "CallSessionInfo",
    "CallSessionInfoAudioQuality",
    "CancelCallListBatchRequest",
    "CancelCallListBatchResponse",
    "CancelCallListTaskRequest",
    "CancelCallListTaskResponse",
    "CheckAuthorizedAccountIPRequest",
    "CheckAuthorizedAccountIPResponse",
    "ControlSmsRequest",
    "ControlSmsRequestCommand",
    "ControlSmsResponse",
    "CreateCallListMultipartRequest",
    "CreateCallListMultipartRequestTaskPriorityStrategy",
    "CreateCallListRequest",
    "CreateCallListRequestTaskPriorityStrategy",
    "CreateCallListResponse",
    "DelAdminRoleRequest",
    "DelAdminRoleResponse",
    "DelAdminUserRequest",
    "DelAdminUserResponse",
    "DelApplicationRequest",
    "DelApplicationResponse",
    "DelAuthorizedAccountIPRequest",
    "DelAuthorizedAccountIPResponse",
    "DelCallerIDRequest",
    "DelCallerIDResponse",
    "DeleteCallListRequest",
    "DeleteCallListResponse",
    "DeleteRecordRequest",
    "DeleteRecordResponse",
    "DelKeyValueItemRequest",
    "DelKeyValueItemResponse",
    "DelOutboundTestPhoneNumberRequest",
    "DelOutboundTestPhoneNumberResponse",
    "DelPstnBlackListItemRequest",
    "DelPstnBlackListItemResponse",
    "DelQueueRequest",
    "DelQueueResponse",
    "DelRuleRequest",
    "DelRuleResponse",
    "DelScenarioRequest",
    "DelScenarioResponse",
    "DelSecretRequest",
    "DelSecretResponse",
    "DelSipWhiteListItemRequest",
    "DelSipWhiteListItemResponse",
    "DelSkillRequest",
    "DelSkillResponse",
    "DelUserRequest",
    "DelUserResponse",
    "DownloadHistoryReportRequest",
    "DownloadInvoiceRequest",
    "DownloadInvoiceResponse",
    "EditCallListRequest",
    "EditCallListRequestTaskPriorityStrategy",
    "EditCallListResponse",
    "EditCallListTaskRequest",
    "EditCallListTaskResponse",
    "EditCallListTasksPriorityRequest",
    "EditCallListTasksPriorityResponse",
    "ErrorResponse",
    "ExchangeRates",
    "FailedSms",
    "GetAccountInfoRequest",
    "GetAccountInfoResponse",
    "GetAccountInvoicesRequest",
    "GetAccountInvoicesResponse",
    "GetACDStateRequest",
    "GetACDStateResponse",
    "GetAdminRolesRequest",
    "GetAdminRolesResponse",
    "GetAdminUsersRequest",
    "GetAdminUsersResponse",
    "GetApplicationsRequest",
    "GetApplicationsResponse",
    "GetAuditLogAsyncRequest",
    "GetAuditLogAsyncRequestOutput",
    "GetAuditLogAsyncResponse",
    "GetAuditLogRequest",
    "GetAuditLogResponse",
    "GetAuthorizedAccountIPsRequest",
    "GetAuthorizedAccountIPsResponse",
    "GetAvailableAdminRoleEntriesRequest",
    "GetAvailableAdminRoleEntriesResponse",
    "GetBriefCallHistoryRequest",
    "GetBriefCallHistoryRequestOutput",
    "GetBriefCallHistoryResponse",
    "GetCallerIDsRequest",
    "GetCallerIDsRequestOrderBy",
    "GetCallerIDsResponse",
    "GetCallHistoryAsyncRequest",
    "GetCallHistoryAsyncRequestOutput",
    "GetCallHistoryAsyncResponse",
    "GetCallHistoryRequest",
    "GetCallHistoryResponse",
    "GetCallListDetailsRequest",
    "GetCallListDetailsRequestOutput",
    "GetCallListDetailsResponse",
    "GetCallListsRequest",
    "GetCallListsRequestTypeList",
    "GetCallListsResponse",
    "GetCurrencyRateRequest",
    "GetCurrencyRateResponse",
    "GetHistoryReportsRequest",
    "GetHistoryReportsResponse",
    "GetKeyValueItemRequest",
    "GetKeyValueItemResponse",
    "GetKeyValueItemsRequest",
    "GetKeyValueItemsResponse",
    "GetKeyValueKeysRequest",
    "GetKeyValueKeysResponse",
    "GetOutboundTestPhoneNumbersRequest",
    "GetOutboundTestPhoneNumbersResponse",
    "GetPhoneNumbersAsyncRequest",
    "GetPhoneNumbersAsyncResponse",
    "GetPhoneNumbersRequest",
    "GetPhoneNumbersRequestOrderBy",
    "GetPhoneNumbersRequestSandbox",
    "GetPhoneNumbersResponse",
    "GetPstnBlackListRequest",
    "GetPstnBlackListResponse",
    "GetQueuesRequest",
    "GetQueuesResponse",
    "GetRecordStoragesRequest",
    "GetRecordStoragesResponse",
    "GetRoleGroupsRequest",
    "GetRoleGroupsResponse",
    "GetRulesRequest",
    "GetRulesResponse",
    "GetScenariosRequest",
    "GetScenariosResponse",
    "GetSecretsRequest",
    "GetSecretsResponse",
    "GetSecretValueRequest",
    "GetSecretValueResponse",
    "GetSecretValueResult",
    "GetSipRegistrationsRequest",
    "GetSipRegistrationsResponse",
    "GetSipWhiteListRequest",
    "GetSipWhiteListResponse",
    "GetSkillsRequest",
    "GetSkillsResponse",
    "GetSmartQueueDayHistoryRequest",
    "GetSmartQueueDayHistoryRequestGroupBy",
    "GetSmartQueueDayHistoryResponse",
    "GetSmartQueueRealtimeMetricsRequest",
    "GetSmartQueueRealtimeMetricsRequestGroupBy",
    "GetSmartQueueRealtimeMetricsResponse",
    "GetSmsHistoryRequest",
    "GetSmsHistoryRequestDirection",
    "GetSmsHistoryRequestOutput",
    "GetSmsHistoryResponse",
    "GetSQAgentsResult",
    "GetSQAgentsResultSqQueuesItem",
    "GetSQAgentsResultSqSkillsItem",
    "GetSQQueuesResult",
    "GetSQSkillsResult",
    "GetSQStateRequest",
    "GetSQStateResponse",
    "GetTransactionHistoryAsyncRequest",
    "GetTransactionHistoryAsyncRequestOutput",
    "GetTransactionHistoryAsyncResponse",
    "GetTransactionHistoryRequest",
    "GetTransactionHistoryResponse",
    "GetUsersRequest",
    "GetUsersRequestOrderBy",
    "GetUsersResponse",
    "GetWABPhoneNumbersRequest",
    "GetWABPhoneNumbersResponse",
    "HistoryReport",
    "InvoicePeriod",
    "InvoiceSpendingDetails",
    "InvoiceTaxesDetails",
    "InvoiceTaxesDetailsLevel",
    "InvoiceTotalDetails",
    "IsAccountPhoneNumberRequest",
    "IsAccountPhoneNumberResponse",
    "KeyValueItems",
    "KeyValueKeys",
    "OutboundTestPhonenumberInfo",
    "PstnBlackListInfo",
    "QueueInfo",
    "QueueSkills",
    "QueueUsers",
    "Record",
    "RecordStorageInfo",
    "RecordTranscriptionStatus",
    "RecoverCallListRequest",
    "RecoverCallListResponse",
    "ReorderRulesRequest",
    "ReorderRulesResponse",
    "ReorderScenariosRequest",
    "ReorderScenariosResponse",
    "RequestSmartQueueHistoryRequest",
    "RequestSmartQueueHistoryRequestGroupBy",
    "RequestSmartQueueHistoryResponse",
    "ResourceUsage",
    "RoleGroupView",
    "RuleInfo",
    "ScenarioInfo",
    "SecretListItem",
    "SendSmsMessageRequest",
    "SendSmsMessageResponse",
    "SetAdminRoleInfoRequest",
    "SetAdminRoleInfoRequestEntryModificationMode",
    "SetAdminRoleInfoResponse",
    "SetAdminUserInfoRequest",
    "SetAdminUserInfoResponse",
    "SetApplicationInfoRequest",
    "SetApplicationInfoResponse",
    "SetDialogflowKeyRequest",
    "SetDialogflowKeyResponse",
    "SetKeyValueItemRequest",
    "SetKeyValueItemResponse",
    "SetPstnBlackListItemRequest",
    "SetPstnBlackListItemResponse",
    "SetQueueInfoRequest",
    "SetQueueInfoResponse",
    "SetRuleInfoRequest",
    "SetRuleInfoResponse",
    "SetScenarioInfoRequest",
    "SetScenarioInfoResponse",
    "SetSecretInfoRequest",
    "SetSecretInfoResponse",
    "SetSipWhiteListItemRequest",
    "SetSipWhiteListItemResponse",
    "SetSkillInfoRequest",
    "SetSkillInfoResponse",
    "SetUserInfoRequest",
    "SetUserInfoResponse",
    "SIPRegistration",
    "SipWhiteListInfo",
    "SkillInfo",
    "SmartQueueAgentSkill",
    "SmartQueueMetricsGroups",
    "SmartQueueMetricsGroupsValues",
    "SmartQueueMetricsResult",
    "SmartQueueMetricsResultReportType",
    "SmartQueueState",
    "SmartQueueStateAgent",
    "SmartQueueStateAgentStatus",
    "SmartQueueStateAgentStatusDetails",
    "SmartQueueStateTask",
    "SmartQueueStateTaskStatus",
    "SmartQueueStateTaskTaskType",
    "SmartQueueTaskSkill",
    "SmsHistory",
    "SmsHistoryDirection",
    "SmsHistoryStatusId",
    "SmsTransaction",
    "SQAddQueueRequest",
    "SQAddQueueRequestCallAgentSelection",
    "SQAddQueueRequestCallTaskSelection",
    "SQAddQueueRequestImAgentSelection",
    "SQAddQueueRequestImTaskSelection",
    "SQAddQueueResponse",
    "SQAddQueueResult",
    "SQAddSkillRequest",
    "SQAddSkillResponse",
    "SQAddSkillResult",
    "SQBindAgentRequest",
    "SQBindAgentResponse",
    "SQBindSkillRequest",
    "SQBindSkillResponse",
    "SQDeleteAgentCustomStatusMappingRequest",
    "SQDeleteAgentCustomStatusMappingResponse",
    "SQDelQueueRequest",
    "SQDelQueueResponse",
    "SQDelSkillRequest",
    "SQDelSkillResponse",
    "SQGetAgentCustomStatusMappingRequest",
    "SQGetAgentCustomStatusMappingResponse",
    "SQGetAgentsRequest",
    "SQGetAgentsResponse",
    "SQGetQueuesRequest",
    "SQGetQueuesResponse",
    "SQGetSkillsRequest",
    "SQGetSkillsResponse",
    "SQSetAgentCustomStatusMappingRequest",
    "SQSetAgentCustomStatusMappingResponse",
    "SQSetAgentInfoRequest",
    "SQSetAgentInfoResponse",
    "SQSetQueueInfoRequest",
    "SQSetQueueInfoRequestCallAgentSelection",
    "SQSetQueueInfoRequestCallTaskSelection",
    "SQSetQueueInfoRequestImAgentSelection",
    "SQSetQueueInfoRequestImTaskSelection",
    "SQSetQueueInfoResponse",
    "SQSetSkillInfoRequest",
    "SQSetSkillInfoResponse",
    "SQUnbindAgentRequest",
    "SQUnbindAgentResponse",
    "SQUnbindSkillRequest",
    "SQUnbindSkillResponse",
    "StartConferenceRequest",
    "StartConferenceResponse",
    "StartScenariosRequest",
    "StartScenariosResponse",
    "StopCallListProcessingRequest",
    "StopCallListProcessingResponse",
    "TransactionInfo",
    "TransactionInfoTransactionType",
    "UserInfo",
    "UserInfoAcdStatus",
    "VerifyOutboundTestPhoneNumberRequest",
    "VerifyOutboundTestPhoneNumberResponse",
    "WABPhoneInfo",
)
