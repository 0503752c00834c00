"""Contains all the data models used in inputs/outputs"""

from .agent_info import AgentInfo
from .bulk_user_assignment import BulkUserAssignment
from .bulk_user_job import BulkUserJob
from .bulk_user_job_link import BulkUserJobLink
from .bulk_user_job_status import BulkUserJobStatus
from .bulk_user_proceed_request import BulkUserProceedRequest
from .bulk_user_replace_request import BulkUserReplaceRequest
from .bulk_user_template_row import BulkUserTemplateRow
from .bulk_user_template_row_max_chat_limit_enabled import BulkUserTemplateRowMaxChatLimitEnabled
from .bulk_user_template_row_status import BulkUserTemplateRowStatus
from .bulk_user_upload_request import BulkUserUploadRequest
from .call import Call
from .call_call_type import CallCallType
from .call_deflection_details_item import CallDeflectionDetailsItem
from .call_status import CallStatus
from .chat import Chat
from .chat_participant import ChatParticipant
from .crm_contact import CrmContact
from .crm_contact_data import CrmContactData
from .dnc_add_request import DncAddRequest
from .dnc_check_result import DncCheckResult
from .dnc_contact import DncContact
from .dnc_remove_request import DncRemoveRequest
from .dnc_result import DncResult
from .dnc_result_status import DncResultStatus
from .end_user import EndUser
from .error import Error
from .get_wait_times_channel_type import GetWaitTimesChannelType
from .get_wait_times_menu_type import GetWaitTimesMenuType
from .incoming_call_request import IncomingCallRequest
from .incoming_call_request_call_type import IncomingCallRequestCallType
from .incoming_call_request_recording_permission import IncomingCallRequestRecordingPermission
from .menu import Menu
from .menu_menu_type import MenuMenuType
from .menu_path import MenuPath
from .offer_event import OfferEvent
from .outbound_call_request import OutboundCallRequest
from .outbound_call_request_call_type import OutboundCallRequestCallType
from .participant import Participant
from .photo import Photo
from .scheduled_call_request import ScheduledCallRequest
from .scheduled_call_request_call_type import ScheduledCallRequestCallType
from .scheduled_call_request_recording_permission import ScheduledCallRequestRecordingPermission
from .scheme_error import SchemeError
from .sms_request import SmsRequest
from .sms_request_chat_type import SmsRequestChatType
from .transfer import Transfer
from .update_error import UpdateError
from .update_error_error_type import UpdateErrorErrorType
from .video import Video
from .wait_time import WaitTime
from .wait_time_menu_type import WaitTimeMenuType

__all__ = (
    "AgentInfo",
    "BulkUserAssignment",
    "BulkUserJob",
    "BulkUserJobLink",
    "BulkUserJobStatus",
    "BulkUserProceedRequest",
    "BulkUserReplaceRequest",
    "BulkUserTemplateRow",
    "BulkUserTemplateRowMaxChatLimitEnabled",
    "BulkUserTemplateRowStatus",
    "BulkUserUploadRequest",
    "Call",
    "CallCallType",
    "CallDeflectionDetailsItem",
    "CallStatus",
    "Chat",
    "ChatParticipant",
    "CrmContact",
    "CrmContactData",
    "DncAddRequest",
    "DncCheckResult",
    "DncContact",
    "DncRemoveRequest",
    "DncResult",
    "DncResultStatus",
    "EndUser",
    "Error",
    "GetWaitTimesChannelType",
    "GetWaitTimesMenuType",
    "IncomingCallRequest",
    "IncomingCallRequestCallType",
    "IncomingCallRequestRecordingPermission",
    "Menu",
    "MenuMenuType",
    "MenuPath",
    "OfferEvent",
    "OutboundCallRequest",
    "OutboundCallRequestCallType",
    "Participant",
    "Photo",
    "ScheduledCallRequest",
    "ScheduledCallRequestCallType",
    "ScheduledCallRequestRecordingPermission",
    "SchemeError",
    "SmsRequest",
    "SmsRequestChatType",
    "Transfer",
    "UpdateError",
    "UpdateErrorErrorType",
    "Video",
    "WaitTime",
    "WaitTimeMenuType",
)
