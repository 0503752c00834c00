"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_balance_alert import AccountBalanceAlert
from .account_status import AccountStatus
from .action_type import ActionType
from .alert import Alert
from .alert_list import AlertList
from .alert_request import AlertRequest
from .available_number import AvailableNumber
from .available_number_capabilities_item import AvailableNumberCapabilitiesItem
from .available_number_list import AvailableNumberList
from .available_number_type import AvailableNumberType
from .aws_storage import AwsStorage
from .aws_storage_request import AwsStorageRequest
from .aws_storage_request_s3 import AwsStorageRequestS3
from .balance import Balance
from .call_duration import CallDuration
from .call_endpoints import CallEndpoints
from .call_flow_config import CallFlowConfig
from .call_flow_config_custom_data_type_0 import CallFlowConfigCustomDataType0
from .call_flow_config_list import CallFlowConfigList
from .call_flow_config_request import CallFlowConfigRequest
from .call_flow_config_request_custom_data_type_0 import CallFlowConfigRequestCustomDataType0
from .call_flow_response import CallFlowResponse
from .call_log import CallLog
from .call_log_charge import CallLogCharge
from .call_log_detection_type_1 import CallLogDetectionType1
from .call_log_detection_type_2_type_1 import CallLogDetectionType2Type1
from .call_log_detection_type_3_type_1 import CallLogDetectionType3Type1
from .call_log_direction import CallLogDirection
from .call_log_hangup_end_type_1 import CallLogHangupEndType1
from .call_log_hangup_end_type_2_type_1 import CallLogHangupEndType2Type1
from .call_log_hangup_end_type_3_type_1 import CallLogHangupEndType3Type1
from .call_log_list import CallLogList
from .call_log_service import CallLogService
from .call_log_sip_type_0 import CallLogSipType0
from .call_log_status import CallLogStatus
from .call_log_type import CallLogType
from .callback_endpoint import CallbackEndpoint
from .callback_endpoint_content_type import CallbackEndpointContentType
from .callback_endpoint_headers import CallbackEndpointHeaders
from .callback_endpoint_method import CallbackEndpointMethod
from .caller_id import CallerId
from .caller_id_capabilities_item import CallerIdCapabilitiesItem
from .caller_id_list import CallerIdList
from .caller_id_request import CallerIdRequest
from .caller_id_status import CallerIdStatus
from .caller_id_verification import CallerIdVerification
from .collect_action import CollectAction
from .collect_action_params import CollectActionParams
from .collect_action_params_finish_on_key import CollectActionParamsFinishOnKey
from .conference import Conference
from .conference_action import ConferenceAction
from .conference_action_events import ConferenceActionEvents
from .conference_action_params import ConferenceActionParams
from .conference_action_params_announce_on_join_type_1 import ConferenceActionParamsAnnounceOnJoinType1
from .conference_action_params_announce_on_join_type_2_type_1 import ConferenceActionParamsAnnounceOnJoinType2Type1
from .conference_action_params_announce_on_join_type_3_type_1 import ConferenceActionParamsAnnounceOnJoinType3Type1
from .conference_join_request import ConferenceJoinRequest
from .conference_list import ConferenceList
from .conference_participant_request import ConferenceParticipantRequest
from .conference_status import ConferenceStatus
from .config_snapshot import ConfigSnapshot
from .config_snapshot_custom_data_type_0 import ConfigSnapshotCustomDataType0
from .configured_number import ConfiguredNumber
from .detect_action import DetectAction
from .detect_action_events import DetectActionEvents
from .detect_action_params import DetectActionParams
from .dial_action import DialAction
from .dial_action_events import DialActionEvents
from .dial_action_params import DialActionParams
from .dial_action_params_detection import DialActionParamsDetection
from .dial_action_params_inbound_api import DialActionParamsInboundApi
from .dial_action_params_session_data_type_0 import DialActionParamsSessionDataType0
from .dial_action_session_data_type_0 import DialActionSessionDataType0
from .dial_sms_request import DialSmsRequest
from .dial_sms_request_call import DialSmsRequestCall
from .dial_sms_response import DialSmsResponse
from .download_recording_format import DownloadRecordingFormat
from .error import Error
from .foreach_action import ForeachAction
from .foreach_action_params import ForeachActionParams
from .goto_action import GotoAction
from .goto_action_params import GotoActionParams
from .hang_up_request import HangUpRequest
from .hangup_action import HangupAction
from .hangup_action_params import HangupActionParams
from .if_action import IfAction
from .inbound_message_callback import InboundMessageCallback
from .inbound_message_callback_custom_data_type_0 import InboundMessageCallbackCustomDataType0
from .inbound_message_callback_direction import InboundMessageCallbackDirection
from .inbound_message_callback_service import InboundMessageCallbackService
from .inbound_message_callback_session_data_type_0 import InboundMessageCallbackSessionDataType0
from .inbound_message_callback_status import InboundMessageCallbackStatus
from .inbound_message_callback_type import InboundMessageCallbackType
from .join_to_whisper_request import JoinToWhisperRequest
from .join_to_whisper_request_target_call import JoinToWhisperRequestTargetCall
from .key_presses import KeyPresses
from .label_action import LabelAction
from .leave_voice_mail_request import LeaveVoiceMailRequest
from .legacy_callback_config import LegacyCallbackConfig
from .legacy_callback_config_custom_data_type_0 import LegacyCallbackConfigCustomDataType0
from .legacy_callback_config_google_analytics import LegacyCallbackConfigGoogleAnalytics
from .legacy_callback_config_request import LegacyCallbackConfigRequest
from .legacy_callback_config_request_custom_data_type_0 import LegacyCallbackConfigRequestCustomDataType0
from .legacy_callback_delete import LegacyCallbackDelete
from .list_all_provisioned_numbers_search_by import ListAllProvisionedNumbersSearchBy
from .list_all_provisioned_numbers_sort_by import ListAllProvisionedNumbersSortBy
from .list_all_provisioned_numbers_sort_order import ListAllProvisionedNumbersSortOrder
from .list_all_provisioned_numbers_status import ListAllProvisionedNumbersStatus
from .list_all_provisioned_numbers_type import ListAllProvisionedNumbersType
from .list_available_numbers_search_by import ListAvailableNumbersSearchBy
from .list_available_numbers_type import ListAvailableNumbersType
from .list_call_logs_direction import ListCallLogsDirection
from .list_call_logs_service import ListCallLogsService
from .list_call_logs_type import ListCallLogsType
from .list_live_calls_sort_by import ListLiveCallsSortBy
from .list_live_calls_sort_order import ListLiveCallsSortOrder
from .list_messages_direction import ListMessagesDirection
from .list_messages_status import ListMessagesStatus
from .list_provisioned_numbers_search_by import ListProvisionedNumbersSearchBy
from .list_provisioned_numbers_sort_by import ListProvisionedNumbersSortBy
from .list_provisioned_numbers_sort_order import ListProvisionedNumbersSortOrder
from .list_provisioned_numbers_status import ListProvisionedNumbersStatus
from .list_provisioned_numbers_type import ListProvisionedNumbersType
from .list_recordings_direction import ListRecordingsDirection
from .list_sub_account_phone_numbers_search_by import ListSubAccountPhoneNumbersSearchBy
from .list_sub_account_phone_numbers_sort_by import ListSubAccountPhoneNumbersSortBy
from .list_sub_account_phone_numbers_sort_order import ListSubAccountPhoneNumbersSortOrder
from .list_sub_account_phone_numbers_status import ListSubAccountPhoneNumbersStatus
from .list_sub_account_phone_numbers_type import ListSubAccountPhoneNumbersType
from .list_sub_accounts_status import ListSubAccountsStatus
from .live_call import LiveCall
from .live_call_detection_type_1 import LiveCallDetectionType1
from .live_call_detection_type_2_type_1 import LiveCallDetectionType2Type1
from .live_call_detection_type_3_type_1 import LiveCallDetectionType3Type1
from .live_call_list import LiveCallList
from .live_call_session_data_type_0 import LiveCallSessionDataType0
from .live_call_status import LiveCallStatus
from .live_collect_callback import LiveCollectCallback
from .live_collect_callback_custom_data_type_0 import LiveCollectCallbackCustomDataType0
from .live_collect_callback_detection_type_1 import LiveCollectCallbackDetectionType1
from .live_collect_callback_detection_type_2_type_1 import LiveCollectCallbackDetectionType2Type1
from .live_collect_callback_detection_type_3_type_1 import LiveCollectCallbackDetectionType3Type1
from .live_collect_callback_direction import LiveCollectCallbackDirection
from .live_collect_callback_last_queue_poll_connect_call_type_0 import LiveCollectCallbackLastQueuePollConnectCallType0
from .live_collect_callback_service import LiveCollectCallbackService
from .live_collect_callback_session_data_type_0 import LiveCollectCallbackSessionDataType0
from .live_collect_callback_status import LiveCollectCallbackStatus
from .live_collect_callback_type import LiveCollectCallbackType
from .live_collect_callback_webhook_data_type_0 import LiveCollectCallbackWebhookDataType0
from .live_collect_request import LiveCollectRequest
from .live_collect_request_callback import LiveCollectRequestCallback
from .live_collect_request_callback_method import LiveCollectRequestCallbackMethod
from .live_collect_request_finish_on_key import LiveCollectRequestFinishOnKey
from .lookup_phone_number_integrations import LookupPhoneNumberIntegrations
from .make_call_request import MakeCallRequest
from .make_call_request_inbound_api import MakeCallRequestInboundApi
from .make_call_request_session_data_type_0 import MakeCallRequestSessionDataType0
from .make_call_response import MakeCallResponse
from .message import Message
from .message_charge import MessageCharge
from .message_direction import MessageDirection
from .message_list import MessageList
from .message_service import MessageService
from .message_status import MessageStatus
from .message_status_webhook import MessageStatusWebhook
from .message_status_webhook_direction import MessageStatusWebhookDirection
from .message_status_webhook_service import MessageStatusWebhookService
from .message_status_webhook_status import MessageStatusWebhookStatus
from .message_status_webhook_type import MessageStatusWebhookType
from .message_type import MessageType
from .move_request import MoveRequest
from .moved_number import MovedNumber
from .number_location import NumberLocation
from .number_ref import NumberRef
from .pagination import Pagination
from .participant import Participant
from .participant_call import ParticipantCall
from .participant_detail import ParticipantDetail
from .pause_action import PauseAction
from .pause_action_params import PauseActionParams
from .payment import Payment
from .payment_list import PaymentList
from .payment_method import PaymentMethod
from .payment_method_list import PaymentMethodList
from .payment_request import PaymentRequest
from .phone_number import PhoneNumber
from .phone_number_capabilities_item import PhoneNumberCapabilitiesItem
from .phone_number_information import PhoneNumberInformation
from .phone_number_information_carrier import PhoneNumberInformationCarrier
from .phone_number_information_carrier_phone_number_type_type_1 import PhoneNumberInformationCarrierPhoneNumberTypeType1
from .phone_number_information_carrier_phone_number_type_type_2_type_1 import (
    PhoneNumberInformationCarrierPhoneNumberTypeType2Type1,
)
from .phone_number_information_carrier_phone_number_type_type_3_type_1 import (
    PhoneNumberInformationCarrierPhoneNumberTypeType3Type1,
)
from .phone_number_information_cnam import PhoneNumberInformationCnam
from .phone_number_information_integrations import PhoneNumberInformationIntegrations
from .phone_number_information_location import PhoneNumberInformationLocation
from .phone_number_list import PhoneNumberList
from .phone_number_status import PhoneNumberStatus
from .phone_number_type import PhoneNumberType
from .phone_number_update import PhoneNumberUpdate
from .phone_numbers_request import PhoneNumbersRequest
from .placed_call import PlacedCall
from .play_action import PlayAction
from .play_action_params import PlayActionParams
from .provision_result import ProvisionResult
from .queue import Queue
from .queue_action import QueueAction
from .queue_action_events import QueueActionEvents
from .queue_action_params import QueueActionParams
from .queue_action_params_event import QueueActionParamsEvent
from .queue_hold_times import QueueHoldTimes
from .queue_list import QueueList
from .queued_call import QueuedCall
from .queued_call_call import QueuedCallCall
from .queued_call_list import QueuedCallList
from .queued_call_list_hold_times import QueuedCallListHoldTimes
from .record_action import RecordAction
from .record_action_params import RecordActionParams
from .record_action_params_action import RecordActionParamsAction
from .record_message_action import RecordMessageAction
from .record_message_action_events import RecordMessageActionEvents
from .record_message_action_params import RecordMessageActionParams
from .record_message_action_params_action import RecordMessageActionParamsAction
from .record_message_action_params_finish_on_key import RecordMessageActionParamsFinishOnKey
from .recording import Recording
from .recording_list import RecordingList
from .recording_ref import RecordingRef
from .recording_start_request import RecordingStartRequest
from .redirect_action import RedirectAction
from .redirect_action_params import RedirectActionParams
from .redirect_action_params_content_type import RedirectActionParamsContentType
from .redirect_action_params_headers import RedirectActionParamsHeaders
from .redirect_action_params_method import RedirectActionParamsMethod
from .reject_action import RejectAction
from .reject_action_params import RejectActionParams
from .reject_action_params_reason import RejectActionParamsReason
from .s3_bucket import S3Bucket
from .say_action import SayAction
from .say_action_params import SayActionParams
from .say_action_params_gender import SayActionParamsGender
from .say_action_params_language import SayActionParamsLanguage
from .say_action_params_voice import SayActionParamsVoice
from .send_message_request import SendMessageRequest
from .sent_message import SentMessage
from .sent_message_status import SentMessageStatus
from .service_address import ServiceAddress
from .service_address_type_of_service import ServiceAddressTypeOfService
from .session_data import SessionData
from .session_data_action import SessionDataAction
from .session_data_action_session_data import SessionDataActionSessionData
from .sip_domains import SipDomains
from .sms_action import SmsAction
from .sms_action_params import SmsActionParams
from .status_webhook import StatusWebhook
from .stop_action import StopAction
from .stop_action_params import StopActionParams
from .stop_request import StopRequest
from .sub_account import SubAccount
from .sub_account_create import SubAccountCreate
from .sub_account_list import SubAccountList
from .sub_account_status import SubAccountStatus
from .sub_account_update import SubAccountUpdate
from .sub_account_update_status import SubAccountUpdateStatus
from .tell_request import TellRequest
from .transfer_action import TransferAction
from .transfer_action_params import TransferActionParams
from .transfer_action_params_event import TransferActionParamsEvent
from .transfer_request import TransferRequest
from .trunk import Trunk
from .trunk_create import TrunkCreate
from .trunk_create_direction import TrunkCreateDirection
from .trunk_direction import TrunkDirection
from .trunk_inbound import TrunkInbound
from .trunk_inbound_failover import TrunkInboundFailover
from .trunk_inbound_failover_source_type_1 import TrunkInboundFailoverSourceType1
from .trunk_inbound_failover_source_type_2_type_1 import TrunkInboundFailoverSourceType2Type1
from .trunk_inbound_failover_source_type_3_type_1 import TrunkInboundFailoverSourceType3Type1
from .trunk_list import TrunkList
from .trunk_outbound import TrunkOutbound
from .trunk_outbound_authentication_item import TrunkOutboundAuthenticationItem
from .trunk_outbound_authentication_item_source import TrunkOutboundAuthenticationItemSource
from .trunk_outbound_fax_support import TrunkOutboundFaxSupport
from .trunk_recording import TrunkRecording
from .trunk_recording_setting import TrunkRecordingSetting
from .trunk_status import TrunkStatus
from .trunk_update import TrunkUpdate
from .trunk_update_status import TrunkUpdateStatus
from .variable_assignment import VariableAssignment
from .voice_callback_request import VoiceCallbackRequest
from .voice_callback_request_custom_data_type_0 import VoiceCallbackRequestCustomDataType0
from .voice_callback_request_detection_type_1 import VoiceCallbackRequestDetectionType1
from .voice_callback_request_detection_type_2_type_1 import VoiceCallbackRequestDetectionType2Type1
from .voice_callback_request_detection_type_3_type_1 import VoiceCallbackRequestDetectionType3Type1
from .voice_callback_request_direction import VoiceCallbackRequestDirection
from .voice_callback_request_last_queue_poll_connect_call_type_0 import (
    VoiceCallbackRequestLastQueuePollConnectCallType0,
)
from .voice_callback_request_service import VoiceCallbackRequestService
from .voice_callback_request_session_data_type_0 import VoiceCallbackRequestSessionDataType0
from .voice_callback_request_status import VoiceCallbackRequestStatus
from .voice_callback_request_type import VoiceCallbackRequestType
from .voice_callback_request_webhook_data_type_0 import VoiceCallbackRequestWebhookDataType0
from .watson_credentials import WatsonCredentials
from .watson_credentials_text_to_speech import WatsonCredentialsTextToSpeech
from .webhook_action import WebhookAction
from .webhook_action_events import WebhookActionEvents
from .webhook_action_params import WebhookActionParams
from .webhook_action_params_content_type import WebhookActionParamsContentType
from .webhook_action_params_headers import WebhookActionParamsHeaders
from .webhook_action_params_method import WebhookActionParamsMethod
from .webhook_action_params_webhook_data_type_0 import WebhookActionParamsWebhookDataType0

__all__ = (
    "Account",
    "AccountBalanceAlert",
    "AccountStatus",
    "ActionType",
    "Alert",
    "AlertList",
    "AlertRequest",
    "AvailableNumber",
    "AvailableNumberCapabilitiesItem",
    "AvailableNumberList",
    "AvailableNumberType",
    "AwsStorage",
    "AwsStorageRequest",
    "AwsStorageRequestS3",
    "Balance",
    "CallbackEndpoint",
    "CallbackEndpointContentType",
    "CallbackEndpointHeaders",
    "CallbackEndpointMethod",
    "CallDuration",
    "CallEndpoints",
    "CallerId",
    "CallerIdCapabilitiesItem",
    "CallerIdList",
    "CallerIdRequest",
    "CallerIdStatus",
    "CallerIdVerification",
    "CallFlowConfig",
    "CallFlowConfigCustomDataType0",
    "CallFlowConfigList",
    "CallFlowConfigRequest",
    "CallFlowConfigRequestCustomDataType0",
    "CallFlowResponse",
    "CallLog",
    "CallLogCharge",
    "CallLogDetectionType1",
    "CallLogDetectionType2Type1",
    "CallLogDetectionType3Type1",
    "CallLogDirection",
    "CallLogHangupEndType1",
    "CallLogHangupEndType2Type1",
    "CallLogHangupEndType3Type1",
    "CallLogList",
    "CallLogService",
    "CallLogSipType0",
    "CallLogStatus",
    "CallLogType",
    "CollectAction",
    "CollectActionParams",
    "CollectActionParamsFinishOnKey",
    "Conference",
    "ConferenceAction",
    "ConferenceActionEvents",
    "ConferenceActionParams",
    "ConferenceActionParamsAnnounceOnJoinType1",
    "ConferenceActionParamsAnnounceOnJoinType2Type1",
    "ConferenceActionParamsAnnounceOnJoinType3Type1",
    "ConferenceJoinRequest",
    "ConferenceList",
    "ConferenceParticipantRequest",
    "ConferenceStatus",
    "ConfigSnapshot",
    "ConfigSnapshotCustomDataType0",
    "ConfiguredNumber",
    "DetectAction",
    "DetectActionEvents",
    "DetectActionParams",
    "DialAction",
    "DialActionEvents",
    "DialActionParams",
    "DialActionParamsDetection",
    "DialActionParamsInboundApi",
    "DialActionParamsSessionDataType0",
    "DialActionSessionDataType0",
    "DialSmsRequest",
    "DialSmsRequestCall",
    "DialSmsResponse",
    "DownloadRecordingFormat",
    "Error",
    "ForeachAction",
    "ForeachActionParams",
    "GotoAction",
    "GotoActionParams",
    "HangupAction",
    "HangupActionParams",
    "HangUpRequest",
    "IfAction",
    "InboundMessageCallback",
    "InboundMessageCallbackCustomDataType0",
    "InboundMessageCallbackDirection",
    "InboundMessageCallbackService",
    "InboundMessageCallbackSessionDataType0",
    "InboundMessageCallbackStatus",
    "InboundMessageCallbackType",
    "JoinToWhisperRequest",
    "JoinToWhisperRequestTargetCall",
    "KeyPresses",
    "LabelAction",
    "LeaveVoiceMailRequest",
    "LegacyCallbackConfig",
    "LegacyCallbackConfigCustomDataType0",
    "LegacyCallbackConfigGoogleAnalytics",
    "LegacyCallbackConfigRequest",
    "LegacyCallbackConfigRequestCustomDataType0",
    "LegacyCallbackDelete",
    "ListAllProvisionedNumbersSearchBy",
    "ListAllProvisionedNumbersSortBy",
    "ListAllProvisionedNumbersSortOrder",
    "ListAllProvisionedNumbersStatus",
    "ListAllProvisionedNumbersType",
    "ListAvailableNumbersSearchBy",
    "ListAvailableNumbersType",
    "ListCallLogsDirection",
    "ListCallLogsService",
    "ListCallLogsType",
    "ListLiveCallsSortBy",
    "ListLiveCallsSortOrder",
    "ListMessagesDirection",
    "ListMessagesStatus",
    "ListProvisionedNumbersSearchBy",
    "ListProvisionedNumbersSortBy",
    "ListProvisionedNumbersSortOrder",
    "ListProvisionedNumbersStatus",
    "ListProvisionedNumbersType",
    "ListRecordingsDirection",
    "ListSubAccountPhoneNumbersSearchBy",
    "ListSubAccountPhoneNumbersSortBy",
    "ListSubAccountPhoneNumbersSortOrder",
    "ListSubAccountPhoneNumbersStatus",
    "ListSubAccountPhoneNumbersType",
    "ListSubAccountsStatus",
    "LiveCall",
    "LiveCallDetectionType1",
    "LiveCallDetectionType2Type1",
    "LiveCallDetectionType3Type1",
    "LiveCallList",
    "LiveCallSessionDataType0",
    "LiveCallStatus",
    "LiveCollectCallback",
    "LiveCollectCallbackCustomDataType0",
    "LiveCollectCallbackDetectionType1",
    "LiveCollectCallbackDetectionType2Type1",
    "LiveCollectCallbackDetectionType3Type1",
    "LiveCollectCallbackDirection",
    "LiveCollectCallbackLastQueuePollConnectCallType0",
    "LiveCollectCallbackService",
    "LiveCollectCallbackSessionDataType0",
    "LiveCollectCallbackStatus",
    "LiveCollectCallbackType",
    "LiveCollectCallbackWebhookDataType0",
    "LiveCollectRequest",
    "LiveCollectRequestCallback",
    "LiveCollectRequestCallbackMethod",
    "LiveCollectRequestFinishOnKey",
    "LookupPhoneNumberIntegrations",
    "MakeCallRequest",
    "MakeCallRequestInboundApi",
    "MakeCallRequestSessionDataType0",
    "MakeCallResponse",
    "Message",
    "MessageCharge",
    "MessageDirection",
    "MessageList",
    "MessageService",
    "MessageStatus",
    "MessageStatusWebhook",
    "MessageStatusWebhookDirection",
    "MessageStatusWebhookService",
    "MessageStatusWebhookStatus",
    "MessageStatusWebhookType",
    "MessageType",
    "MovedNumber",
    "MoveRequest",
    "NumberLocation",
    "NumberRef",
    "Pagination",
    "Participant",
    "ParticipantCall",
    "ParticipantDetail",
    "PauseAction",
    "PauseActionParams",
    "Payment",
    "PaymentList",
    "PaymentMethod",
    "PaymentMethodList",
    "PaymentRequest",
    "PhoneNumber",
    "PhoneNumberCapabilitiesItem",
    "PhoneNumberInformation",
    "PhoneNumberInformationCarrier",
    "PhoneNumberInformationCarrierPhoneNumberTypeType1",
    "PhoneNumberInformationCarrierPhoneNumberTypeType2Type1",
    "PhoneNumberInformationCarrierPhoneNumberTypeType3Type1",
    "PhoneNumberInformationCnam",
    "PhoneNumberInformationIntegrations",
    "PhoneNumberInformationLocation",
    "PhoneNumberList",
    "PhoneNumbersRequest",
    "PhoneNumberStatus",
    "PhoneNumberType",
    "PhoneNumberUpdate",
    "PlacedCall",
    "PlayAction",
    "PlayActionParams",
    "ProvisionResult",
    "Queue",
    "QueueAction",
    "QueueActionEvents",
    "QueueActionParams",
    "QueueActionParamsEvent",
    "QueuedCall",
    "QueuedCallCall",
    "QueuedCallList",
    "QueuedCallListHoldTimes",
    "QueueHoldTimes",
    "QueueList",
    "RecordAction",
    "RecordActionParams",
    "RecordActionParamsAction",
    "Recording",
    "RecordingList",
    "RecordingRef",
    "RecordingStartRequest",
    "RecordMessageAction",
    "RecordMessageActionEvents",
    "RecordMessageActionParams",
    "RecordMessageActionParamsAction",
    "RecordMessageActionParamsFinishOnKey",
    "RedirectAction",
    "RedirectActionParams",
    "RedirectActionParamsContentType",
    "RedirectActionParamsHeaders",
    "RedirectActionParamsMethod",
    "RejectAction",
    "RejectActionParams",
    "RejectActionParamsReason",
    "S3Bucket",
    "SayAction",
    "SayActionParams",
    "SayActionParamsGender",
    "SayActionParamsLanguage",
    "SayActionParamsVoice",
    "SendMessageRequest",
    "SentMessage",
    "SentMessageStatus",
    "ServiceAddress",
    "ServiceAddressTypeOfService",
    "SessionData",
    "SessionDataAction",
    "SessionDataActionSessionData",
    "SipDomains",
    "SmsAction",
    "SmsActionParams",
    "StatusWebhook",
    "StopAction",
    "StopActionParams",
    "StopRequest",
    "SubAccount",
    "SubAccountCreate",
    "SubAccountList",
    "SubAccountStatus",
    "SubAccountUpdate",
    "SubAccountUpdateStatus",
    "TellRequest",
    "TransferAction",
    "TransferActionParams",
    "TransferActionParamsEvent",
    "TransferRequest",
    "Trunk",
    "TrunkCreate",
    "TrunkCreateDirection",
    "TrunkDirection",
    "TrunkInbound",
    "TrunkInboundFailover",
    "TrunkInboundFailoverSourceType1",
    "TrunkInboundFailoverSourceType2Type1",
    "TrunkInboundFailoverSourceType3Type1",
    "TrunkList",
    "TrunkOutbound",
    "TrunkOutboundAuthenticationItem",
    "TrunkOutboundAuthenticationItemSource",
    "TrunkOutboundFaxSupport",
    "TrunkRecording",
    "TrunkRecordingSetting",
    "TrunkStatus",
    "TrunkUpdate",
    "TrunkUpdateStatus",
    "VariableAssignment",
    "VoiceCallbackRequest",
    "VoiceCallbackRequestCustomDataType0",
    "VoiceCallbackRequestDetectionType1",
    "VoiceCallbackRequestDetectionType2Type1",
    "VoiceCallbackRequestDetectionType3Type1",
    "VoiceCallbackRequestDirection",
    "VoiceCallbackRequestLastQueuePollConnectCallType0",
    "VoiceCallbackRequestService",
    "VoiceCallbackRequestSessionDataType0",
    "VoiceCallbackRequestStatus",
    "VoiceCallbackRequestType",
    "VoiceCallbackRequestWebhookDataType0",
    "WatsonCredentials",
    "WatsonCredentialsTextToSpeech",
    "WebhookAction",
    "WebhookActionEvents",
    "WebhookActionParams",
    "WebhookActionParamsContentType",
    "WebhookActionParamsHeaders",
    "WebhookActionParamsMethod",
    "WebhookActionParamsWebhookDataType0",
)
